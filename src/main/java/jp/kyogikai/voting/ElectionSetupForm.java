package jp.kyogikai.voting;

/**
 * What staff set for an election item: the offices it elects and who presides until it
 * has elected a 会長 (the officer in office, a member present as 座長, or a named non-member
 * as 仮議長), with the version the page showed ({@code null} while nothing is stored).
 */
public class ElectionSetupForm {

	private boolean electsChair;

	private boolean electsViceChair;

	private PresiderKind presiderKind;

	private Long presiderMemberId;

	private String presiderName;

	private String presiderTitle;

	private Long version;

	public boolean isElectsChair() {
		return this.electsChair;
	}

	public void setElectsChair(boolean electsChair) {
		this.electsChair = electsChair;
	}

	public boolean isElectsViceChair() {
		return this.electsViceChair;
	}

	public void setElectsViceChair(boolean electsViceChair) {
		this.electsViceChair = electsViceChair;
	}

	public PresiderKind getPresiderKind() {
		return this.presiderKind;
	}

	public void setPresiderKind(PresiderKind presiderKind) {
		this.presiderKind = presiderKind;
	}

	public Long getPresiderMemberId() {
		return this.presiderMemberId;
	}

	public void setPresiderMemberId(Long presiderMemberId) {
		this.presiderMemberId = presiderMemberId;
	}

	public String getPresiderName() {
		return this.presiderName;
	}

	public void setPresiderName(String presiderName) {
		this.presiderName = presiderName;
	}

	public String getPresiderTitle() {
		return this.presiderTitle;
	}

	public void setPresiderTitle(String presiderTitle) {
		this.presiderTitle = presiderTitle;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
