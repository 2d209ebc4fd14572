package jp.kyogikai.material;

/**
 * A material with its number in the packet.
 *
 * @param material the material
 * @param number its number, from 1 (a material continuing the one before shares its
 * number)
 * @param label 資料No.N
 * @param itemTitle the title of its 次第 item, {@code null} for a general one
 */
public record NumberedMaterial(Material material, int number, String label, String itemTitle) {

	/**
	 * The entry of the packet's contents: 資料No.N and the title.
	 * @return e.g. 資料No.1 委員名簿
	 */
	public String entry() {
		return this.label + "　" + this.material.getTitle();
	}

}
