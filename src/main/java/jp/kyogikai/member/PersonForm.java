package jp.kyogikai.member;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person and, for a new appointment, its category and term.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotBlank
	@Size(max = 200)
	@Pattern(regexp = PersonDetails.FURIGANA)
	private String furigana;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 500)
	private String affiliation;

	private Long operatorId;

	private Long categoryId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate end;

	private long version;

	static PersonForm of(Member member) {
		PersonForm form = new PersonForm();
		form.name = member.getName();
		form.furigana = member.getFurigana();
		form.email = member.getEmail();
		form.affiliation = member.getAffiliation();
		form.operatorId = member.getOperatorId();
		form.version = member.getVersion();
		return form;
	}

	PersonDetails toPerson() {
		return new PersonDetails(this.name, this.furigana, this.email, this.affiliation, this.operatorId);
	}

	/**
	 * The fields a new appointment needs besides the person.
	 */
	interface Appointing {

	}

	@NotNull(groups = Appointing.class)
	public Long getCategoryId() {
		return this.categoryId;
	}

	@NotNull(groups = Appointing.class)
	public LocalDate getStart() {
		return this.start;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFurigana() {
		return this.furigana;
	}

	public void setFurigana(String furigana) {
		this.furigana = furigana;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAffiliation() {
		return this.affiliation;
	}

	public void setAffiliation(String affiliation) {
		this.affiliation = affiliation;
	}

	public Long getOperatorId() {
		return this.operatorId;
	}

	public void setOperatorId(Long operatorId) {
		this.operatorId = operatorId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public LocalDate getEnd() {
		return this.end;
	}

	public void setEnd(LocalDate end) {
		this.end = end;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
