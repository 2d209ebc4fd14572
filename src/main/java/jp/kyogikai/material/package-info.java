/**
 * Materials (資料) of a meeting and its agenda packet. A
 * {@link jp.kyogikai.material.Material} belongs to an item of the 次第 (or to none:
 * general, numbered first) and is either generated when read from the current records
 * (the roster, the 設置要綱, a 年度's statistics, the list of registered operators, an
 * operator's 要件確認表, an application's 協議申請書) or an uploaded file. 資料No.N is computed from
 * the 次第's order, never stored. The packet binds the 次第 and every material into one PDF
 * through the document module's {@link jp.kyogikai.document.PacketAssembler}; it is built
 * on each download (see {@link jp.kyogikai.material.MaterialService#packet}). Staff keep
 * the materials on the meeting's page while its 次第 may change; members of the council
 * download the packet and each material under {@code /member-portal/meetings/{id}/…}, and
 * every such download is recorded for staff's 資料の閲覧状況.
 */
package jp.kyogikai.material;
