package jp.kyogikai.convocation;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff enter before sending a 招集通知: the document number as the council's prefix
 * (記号, e.g. 佐福第) and the number (empty: printed 「佐福第 号」 to be numbered by hand), the
 * letter's date, and whether a convocation already sent is sent again (再送).
 */
public class ConvocationForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotBlank
	@Size(max = 30)
	private String documentPrefix;

	@Size(max = 10)
	@Pattern(regexp = "[0-9０-９]*")
	private String documentNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate letterDate;

	private boolean resend;

	/**
	 * The document number as printed: the prefix, the number (a full-width space when
	 * none) and 号.
	 * @param prefix 佐福第
	 * @param number 123, or empty
	 * @return 佐福第123号 or 佐福第 号
	 */
	static String label(String prefix, String number) {
		// a draft without a prefix leaves room to write it in by hand: 「 第 号」
		String head = (prefix != null && !prefix.isBlank()) ? prefix.strip() : "　　第";
		String digits = (number == null || number.isBlank()) ? "　" : number.strip();
		return head + digits + (head.endsWith("号") ? "" : "号");
	}

	String label() {
		return label(this.documentPrefix, this.documentNumber);
	}

	public String getDocumentPrefix() {
		return this.documentPrefix;
	}

	public void setDocumentPrefix(String documentPrefix) {
		this.documentPrefix = documentPrefix;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public LocalDate getLetterDate() {
		return this.letterDate;
	}

	public void setLetterDate(LocalDate letterDate) {
		this.letterDate = letterDate;
	}

	public boolean isResend() {
		return this.resend;
	}

	public void setResend(boolean resend) {
		this.resend = resend;
	}

}
