package jp.kyogikai.application;

import java.util.List;

/**
 * One step of an application's timeline with the comments of a return.
 *
 * @param event the step
 * @param comments the secretariat's comments when the step was a 差戻し, otherwise empty
 */
public record TimelineEntry(ApplicationEvent event, List<FieldNote> comments) {

	/**
	 * A comment with the part of the application it is about.
	 *
	 * @param field the part
	 * @param comment what to correct
	 */
	public record FieldNote(CommentField field, String comment) {

	}

}
