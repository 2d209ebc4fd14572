/**
 * PDF primitives for every printed document: A4 pages with a running header and "N / M"
 * page numbers, the IPAex Mincho and Gothic fonts embedded as subsets, paragraphs that
 * wrap Japanese text with basic 禁則 (kinsoku) rules, and ruled tables whose header row
 * repeats on each page. Knows nothing of councils or members: features compose their
 * documents from {@link jp.kyogikai.document.PdfDocumentBuilder},
 * {@link jp.kyogikai.document.Table} and {@link jp.kyogikai.document.Text}.
 * <p>
 * A document kept for good, such as finalised minutes, is made PDF/A-2b with
 * {@link jp.kyogikai.document.PdfDocumentBuilder#archival()} (a packet with
 * {@link jp.kyogikai.document.PacketAssembler#archival()}): XMP metadata that identifies
 * it as PDF/A-2b and repeats its properties, and an sRGB output intent. Everything else
 * PDF/A-2b asks the toolkit does for every document: the fonts are embedded, no standard
 * 14 font is used, nothing is encrypted or transparent (but a bound photo's soft mask,
 * which PDF/A-2 allows), and the trailer has an ID; a packet conforms only when its parts
 * do. The same content gives the same bytes, with or without the option.
 */
package jp.kyogikai.document;
