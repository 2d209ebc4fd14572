package jp.kyogikai.application;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * One of the secretariat's comments on a returned application (差戻しの指摘事項): the field it is
 * about ({@code reason}, {@code attachment.ARTICLES} …, {@code null} for the application
 * as a whole) and what to correct, tied to the return's event.
 */
@Entity
@Audited
public class ApplicationReturnComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private ApplicationEvent event;

	private String fieldKey;

	private String comment;

	private int sortOrder;

	protected ApplicationReturnComment() {
	}

	ApplicationReturnComment(ApplicationEvent event, String fieldKey, String comment, int sortOrder) {
		this.event = event;
		this.fieldKey = (fieldKey == null || fieldKey.isBlank()) ? null : fieldKey.strip();
		this.comment = comment.strip();
		this.sortOrder = sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	long eventId() {
		return this.event.getId();
	}

	public String getFieldKey() {
		return this.fieldKey;
	}

	public String getComment() {
		return this.comment;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
