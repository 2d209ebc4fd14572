package jp.kyogikai.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.attendance.rule.Attendance;

/**
 * The attendance reply form: 出席 / 欠席 / 代理出席 with the proxy's name, a comment, and the
 * version of the reply it was made from ({@code null} for the first reply).
 */
public class ReplyForm {

	@NotNull
	private Attendance reply;

	@Size(max = 100)
	private String proxyName;

	@Size(max = 500)
	private String comment;

	private Long version;

	public Attendance getReply() {
		return this.reply;
	}

	public void setReply(Attendance reply) {
		this.reply = reply;
	}

	public String getProxyName() {
		return this.proxyName;
	}

	public void setProxyName(String proxyName) {
		this.proxyName = proxyName;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	static ReplyForm of(AttendanceReply reply) {
		ReplyForm form = new ReplyForm();
		if (reply != null) {
			form.setReply(reply.getReply());
			form.setProxyName(reply.getProxyName());
			form.setComment(reply.getComment());
			form.setVersion(reply.getVersion());
		}
		return form;
	}

}
