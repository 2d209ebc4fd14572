package jp.kyogikai.convocation;

import java.util.List;

/**
 * The convocation's part of the meeting page.
 *
 * @param form the number and date the form starts with
 * @param convocations the convocations sent, the latest first
 * @param recipients the latest convocation's recipients, empty before the first
 * @param outdated whether the meeting's date, time or place changed after the latest
 * @param sendable whether the meeting may be convened (予定 or 招集済み)
 */
public record ConvocationPanel(ConvocationForm form, List<Convocation> convocations,
		List<ConvocationRecipient> recipients, boolean outdated, boolean sendable) {

	public Convocation latest() {
		return this.convocations.isEmpty() ? null : this.convocations.get(0);
	}

	public long withoutEmail() {
		return this.recipients.stream().filter((r) -> r.getStatus() == RecipientStatus.NO_EMAIL).count();
	}

}
