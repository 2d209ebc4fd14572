package jp.kyogikai.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * The minutes' edit form: the title, who presides (and signs), each section's heading and
 * text with its statements per speaker, the 議事録署名人 and the names the public version
 * masks. Blank statement and mask rows are ignored.
 */
public class MinutesForm {

	private long version;

	private String title;

	private String presidingName;

	private List<SectionForm> sections = new ArrayList<>();

	private List<Long> signerIds = new ArrayList<>();

	private List<MaskForm> masks = new ArrayList<>();

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPresidingName() {
		return this.presidingName;
	}

	public void setPresidingName(String presidingName) {
		this.presidingName = presidingName;
	}

	public List<SectionForm> getSections() {
		return this.sections;
	}

	public void setSections(List<SectionForm> sections) {
		this.sections = sections;
	}

	public List<Long> getSignerIds() {
		return this.signerIds;
	}

	public void setSignerIds(List<Long> signerIds) {
		this.signerIds = signerIds;
	}

	public List<MaskForm> getMasks() {
		return this.masks;
	}

	public void setMasks(List<MaskForm> masks) {
		this.masks = masks;
	}

	/**
	 * One section as edited.
	 */
	public static class SectionForm {

		private Long id;

		private String heading;

		private String body;

		private List<StatementForm> statements = new ArrayList<>();

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getHeading() {
			return this.heading;
		}

		public void setHeading(String heading) {
			this.heading = heading;
		}

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public List<StatementForm> getStatements() {
			return this.statements;
		}

		public void setStatements(List<StatementForm> statements) {
			this.statements = statements;
		}

	}

	/**
	 * One speaker's statement as edited.
	 */
	public static class StatementForm {

		private String speaker;

		private String summary;

		public String getSpeaker() {
			return this.speaker;
		}

		public void setSpeaker(String speaker) {
			this.speaker = speaker;
		}

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

	}

	/**
	 * One masked name as edited.
	 */
	public static class MaskForm {

		private String name;

		private String alias;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAlias() {
			return this.alias;
		}

		public void setAlias(String alias) {
			this.alias = alias;
		}

	}

}
