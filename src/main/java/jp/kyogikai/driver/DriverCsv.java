package jp.kyogikai.driver;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.driver.rule.LicenceClass;

/**
 * An operator's drivers (運転者等台帳) as CSV: the columns, a driver as a row, and a row onto a
 * {@link DriverForm} (which then gets the form's own checks). A column the file leaves
 * out keeps the form's value. Suspensions of the licence are not in the file: they are
 * entered on the driver's page.
 */
final class DriverCsv {

	static final String NAME = "氏名";

	static final String FURIGANA = "ふりがな";

	static final String BIRTH_DATE = "生年月日";

	static final String ADDRESS = "住所";

	static final String LICENCE_NUMBER = "免許証番号";

	static final String LICENCE_CLASS = "免許の種類";

	static final String LICENCE_EXPIRES = "免許の有効期限";

	static final String WELFARE_COURSE = "福祉有償運送運転者講習の修了日";

	static final String SEDAN_COURSE = "セダン等運転者講習の修了日";

	static final String TRANSPORT_GAP_COURSE = "交通空白地有償運送運転者講習の修了日";

	static final String CARE_WORKER = "介護福祉士";

	static final String APPOINTED = "選任日";

	static final String LEFT = "退任日";

	static final String APTITUDE_CHECK = "適性診断の受診日";

	static final String NOTES = "事故・違反の記録";

	static final String MARK = "○";

	static final List<CsvColumn> COLUMNS = List.of(CsvColumn.required(NAME, "driver.csv.hint.name"),
			CsvColumn.required(FURIGANA, "driver.csv.hint.furigana"),
			CsvColumn.required(BIRTH_DATE, "driver.csv.hint.birthDate"),
			CsvColumn.optional(ADDRESS, "driver.csv.hint.address"),
			CsvColumn.optional(LICENCE_NUMBER, "driver.csv.hint.licenceNumber"),
			CsvColumn.required(LICENCE_CLASS, "driver.csv.hint.licenceClass"),
			CsvColumn.required(LICENCE_EXPIRES, "driver.csv.hint.licenceExpiresOn"),
			CsvColumn.optional(WELFARE_COURSE, "driver.csv.hint.course"),
			CsvColumn.optional(SEDAN_COURSE, "driver.csv.hint.course"),
			CsvColumn.optional(TRANSPORT_GAP_COURSE, "driver.csv.hint.course"),
			CsvColumn.optional(CARE_WORKER, "driver.csv.hint.careWorker"),
			CsvColumn.required(APPOINTED, "driver.csv.hint.appointedOn"),
			CsvColumn.optional(LEFT, "driver.csv.hint.leftOn"),
			CsvColumn.optional(APTITUDE_CHECK, "driver.csv.hint.lastAptitudeCheckOn"),
			CsvColumn.optional(NOTES, "driver.csv.hint.notes"));

	static final List<String> HEADER = COLUMNS.stream().map(CsvColumn::header).toList();

	/** The column of each field of {@link DriverForm}. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", NAME),
			Map.entry("furigana", FURIGANA), Map.entry("birthDate", BIRTH_DATE), Map.entry("address", ADDRESS),
			Map.entry("licenceNumber", LICENCE_NUMBER), Map.entry("licenceClass", LICENCE_CLASS),
			Map.entry("licenceExpiresOn", LICENCE_EXPIRES), Map.entry("welfareCourseOn", WELFARE_COURSE),
			Map.entry("sedanCourseOn", SEDAN_COURSE), Map.entry("transportGapCourseOn", TRANSPORT_GAP_COURSE),
			Map.entry("careWorker", CARE_WORKER), Map.entry("appointedOn", APPOINTED), Map.entry("leftOn", LEFT),
			Map.entry("lastAptitudeCheckOn", APTITUDE_CHECK), Map.entry("notes", NOTES));

	private DriverCsv() {
	}

	/**
	 * The column a form field is read from.
	 * @param field the field of {@link DriverForm}
	 * @return the column's header, {@code null} for a field no column fills
	 */
	static String columnOf(String field) {
		return FIELDS.get(field);
	}

	/**
	 * A driver as a row, in the order of {@link #HEADER}.
	 * @param driver the driver
	 * @param labels the Japanese label of an enum value
	 * @return the cells
	 */
	static List<Object> row(Driver driver, Function<Enum<?>, String> labels) {
		return Arrays.asList(driver.getName(), driver.getFurigana(), driver.getBirthDate(), driver.getAddress(),
				driver.getLicenceNumber(), labels.apply(driver.getLicenceClass()), driver.getLicenceExpiresOn(),
				driver.getWelfareCourseOn(), driver.getSedanCourseOn(), driver.getTransportGapCourseOn(),
				driver.isCareWorker() ? MARK : "", driver.getAppointedOn(), driver.getLeftOn(),
				driver.getLastAptitudeCheckOn(), driver.getNotes());
	}

	/**
	 * Two drivers as the sample on the import page (made-up people).
	 * @param labels the Japanese label of an enum value
	 * @return the rows
	 */
	static List<List<Object>> sample(Function<Enum<?>, String> labels) {
		return List.of(List.of("松本 太郎", "まつもと たろう", "1960-04-01", "長野県松本市丸の内3-7", "123456789012",
				labels.apply(LicenceClass.CLASS_2), "2029-05-01", "", "", "", "", "2024-04-01", "", "2025-06-10", ""),
				List.of("佐久 花子", "さく はなこ", "S30.7.7", "長野県佐久市中込3056", "987654321098",
						labels.apply(LicenceClass.CLASS_1), "令和10年8月7日", "令和6年3月10日", "", "", MARK, "令和6年4月1日", "", "",
						"令和5年2月 駐車違反"));
	}

	/**
	 * Puts a row's cells on a form: a new driver's empty form, or an existing driver's
	 * form, whose values stay for the columns the file leaves out.
	 * @param form the form
	 * @param row the row
	 * @param classes the accepted texts of the licence classes
	 * @param errors where to record cells that cannot be read
	 */
	static void fill(DriverForm form, CsvRow row, Map<String, LicenceClass> classes, ImportErrors errors) {
		if (row.has(NAME)) {
			form.setName(row.text(NAME));
		}
		if (row.has(FURIGANA)) {
			form.setFurigana(row.text(FURIGANA));
		}
		if (row.has(BIRTH_DATE)) {
			form.setBirthDate(row.date(BIRTH_DATE, errors));
		}
		if (row.has(ADDRESS)) {
			form.setAddress(row.text(ADDRESS));
		}
		if (row.has(LICENCE_NUMBER)) {
			form.setLicenceNumber(row.text(LICENCE_NUMBER));
		}
		if (row.has(LICENCE_CLASS)) {
			form.setLicenceClass(row.choice(LICENCE_CLASS, classes, errors));
		}
		if (row.has(LICENCE_EXPIRES)) {
			form.setLicenceExpiresOn(row.date(LICENCE_EXPIRES, errors));
		}
		if (row.has(WELFARE_COURSE)) {
			form.setWelfareCourseOn(row.date(WELFARE_COURSE, errors));
		}
		if (row.has(SEDAN_COURSE)) {
			form.setSedanCourseOn(row.date(SEDAN_COURSE, errors));
		}
		if (row.has(TRANSPORT_GAP_COURSE)) {
			form.setTransportGapCourseOn(row.date(TRANSPORT_GAP_COURSE, errors));
		}
		if (row.has(CARE_WORKER)) {
			form.setCareWorker(row.mark(CARE_WORKER, errors));
		}
		if (row.has(APPOINTED)) {
			form.setAppointedOn(row.date(APPOINTED, errors));
		}
		if (row.has(LEFT)) {
			form.setLeftOn(row.date(LEFT, errors));
		}
		if (row.has(APTITUDE_CHECK)) {
			form.setLastAptitudeCheckOn(row.date(APTITUDE_CHECK, errors));
		}
		if (row.has(NOTES)) {
			form.setNotes(row.text(NOTES));
		}
	}

}
