package jp.kyogikai.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What turns a document of this toolkit into PDF/A-2b (ISO 19005-2, level B), for
 * documents kept for good such as finalised minutes: the XMP metadata that identifies it
 * as PDF/A-2b and repeats the document information dictionary (title, author, subject,
 * creator, producer and both dates), and an sRGB output intent, so that the gray of the
 * running header (DeviceGray) and the colours of a bound image (DeviceRGB) have a defined
 * meaning.
 * <p>
 * The rest of PDF/A-2b the toolkit does anyway: every font is IPAex Mincho or Gothic
 * embedded as a subset (Type0 / CIDFontType2 with its widths and CIDToGIDMap), no
 * standard 14 font, no transparency (but the soft mask of a photo bound into a packet,
 * which PDF/A-2 allows), no annotations, no encryption, and the trailer's {@code /ID}.
 * The metadata carries nothing that changes from run to run (no random document or
 * instance IDs; the dates are the information dictionary's), so the same content still
 * gives the same bytes.
 */
final class PdfA2b {

	/**
	 * The name of the output condition, as the ICC's registry spells it.
	 */
	static final String SRGB = "sRGB IEC61966-2.1";

	private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private PdfA2b() {
	}

	/**
	 * Adds the XMP metadata and the output intent; call it once the document information
	 * dictionary is complete, just before saving.
	 * @param document a document whose fonts are all embedded
	 * @throws IOException when the metadata cannot be written
	 */
	static void conform(PDDocument document) throws IOException {
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(document.getDocumentInformation()));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		// the only one: a packet's parts may have brought their own
		catalog.setOutputIntents(List.of(intent));
	}

	/**
	 * The XMP packet: each property that has an entry in the information dictionary
	 * carries the same value (ISO 19005-2, 6.6.3).
	 */
	static byte[] xmp(PDDocumentInformation information) throws IOException {
		XMPMetadata xmp = XMPMetadata.createXMPMetadata();
		DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
		dc.setFormat("application/pdf");
		if (information.getTitle() != null) {
			dc.setTitle(information.getTitle());
		}
		if (information.getAuthor() != null) {
			dc.addCreator(information.getAuthor());
		}
		if (information.getSubject() != null) {
			dc.setDescription(information.getSubject());
		}
		XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
		if (information.getCreator() != null) {
			basic.setCreatorTool(information.getCreator());
		}
		if (information.getCreationDate() != null) {
			basic.setCreateDate(toSeconds(information.getCreationDate()));
		}
		if (information.getModificationDate() != null) {
			basic.setModifyDate(toSeconds(information.getModificationDate()));
		}
		AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
		if (information.getProducer() != null) {
			pdf.setProducer(information.getProducer());
		}
		if (information.getKeywords() != null) {
			pdf.setKeywords(information.getKeywords());
		}
		PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
		identification.setPart(2);
		try {
			identification.setConformance("B");
		}
		catch (BadFieldValueException ex) {
			throw new IllegalStateException(ex);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		try {
			new XmpSerializer().serialize(xmp, out, true);
		}
		catch (TransformerException ex) {
			throw new IOException("Cannot write the XMP metadata", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The date as the information dictionary writes it, to the second.
	 */
	private static Calendar toSeconds(Calendar date) {
		Calendar seconds = (Calendar) date.clone();
		seconds.set(Calendar.MILLISECOND, 0);
		return seconds;
	}

}
