package jp.kyogikai.material;

/**
 * A material as a member's page lists it.
 *
 * @param id the material
 * @param label 資料No.N
 * @param title its title
 * @param agendaItemId its 次第 item, {@code null} for a general one
 */
public record MemberMaterial(long id, String label, String title, Long agendaItemId) {
}
