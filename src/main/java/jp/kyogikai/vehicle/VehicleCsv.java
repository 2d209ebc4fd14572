package jp.kyogikai.vehicle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kyogikai.csv.CsvColumn;
import jp.kyogikai.csv.CsvRow;
import jp.kyogikai.csv.ImportErrors;
import jp.kyogikai.vehicle.rule.VehicleType;

/**
 * An operator's vehicles as CSV: the columns, a vehicle as a row, and a row onto a
 * {@link VehicleForm} (which then gets the form's own checks). A column the file leaves
 * out keeps the form's value.
 */
final class VehicleCsv {

	static final String PLATE = "自動車登録番号";

	static final String TYPE = "車種";

	static final String KEI = "軽自動車";

	static final String SEATS = "乗車定員";

	static final String MODEL = "車名・型式";

	static final String YEAR = "初度登録年";

	static final String OFFICE = "事務所";

	static final String OWNERSHIP = "所有の別";

	static final String INSPECTION = "車検の満了日";

	static final String INSURER = "保険会社・共済";

	static final String POLICY_FROM = "保険期間の開始日";

	static final String POLICY_TO = "保険期間の終了日";

	static final String PER_PERSON = "対人賠償";

	static final String PROPERTY = "対物賠償";

	static final String PASSENGER = "搭乗者傷害";

	/** How unlimited cover (無制限) is written. */
	static final String UNLIMITED = "無制限";

	static final String MARK = "○";

	static final List<CsvColumn> COLUMNS = List.of(CsvColumn.required(PLATE, "vehicle.csv.hint.plateNumber"),
			CsvColumn.required(TYPE, "vehicle.csv.hint.vehicleType"), CsvColumn.optional(KEI, "vehicle.csv.hint.kei"),
			CsvColumn.required(SEATS, "vehicle.csv.hint.seats"), CsvColumn.optional(MODEL, "vehicle.csv.hint.model"),
			CsvColumn.optional(YEAR, "vehicle.csv.hint.firstRegisteredYear"),
			CsvColumn.optional(OFFICE, "vehicle.csv.hint.office"),
			CsvColumn.optional(OWNERSHIP, "vehicle.csv.hint.ownership"),
			CsvColumn.required(INSPECTION, "vehicle.csv.hint.inspectionExpiresOn"),
			CsvColumn.optional(INSURER, "vehicle.csv.hint.insurer"),
			CsvColumn.optional(POLICY_FROM, "vehicle.csv.hint.policy"),
			CsvColumn.optional(POLICY_TO, "vehicle.csv.hint.policy"),
			CsvColumn.optional(PER_PERSON, "vehicle.csv.hint.coverPerPerson"),
			CsvColumn.optional(PROPERTY, "vehicle.csv.hint.coverProperty"),
			CsvColumn.optional(PASSENGER, "vehicle.csv.hint.coverPassenger"));

	static final List<String> HEADER = COLUMNS.stream().map(CsvColumn::header).toList();

	/** The column of each field of {@link VehicleForm}. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("plateNumber", PLATE),
			Map.entry("vehicleType", TYPE), Map.entry("kei", KEI), Map.entry("seats", SEATS), Map.entry("model", MODEL),
			Map.entry("firstRegisteredYear", YEAR), Map.entry("officeId", OFFICE), Map.entry("ownership", OWNERSHIP),
			Map.entry("inspectionExpiresOn", INSPECTION), Map.entry("insurer", INSURER),
			Map.entry("policyFrom", POLICY_FROM), Map.entry("policyTo", POLICY_TO),
			Map.entry("coverPerPerson", PER_PERSON), Map.entry("perPersonUnlimited", PER_PERSON),
			Map.entry("coverProperty", PROPERTY), Map.entry("propertyUnlimited", PROPERTY),
			Map.entry("coverPassenger", PASSENGER));

	private VehicleCsv() {
	}

	/**
	 * The column a form field is read from.
	 * @param field the field of {@link VehicleForm}
	 * @return the column's header, {@code null} for a field no column fills
	 */
	static String columnOf(String field) {
		return FIELDS.get(field);
	}

	/**
	 * A vehicle as a row, in the order of {@link #HEADER}.
	 * @param vehicle the vehicle
	 * @param officeNames the operator's offices by id
	 * @param labels the Japanese label of an enum value
	 * @return the cells
	 */
	static List<Object> row(Vehicle vehicle, Map<Long, String> officeNames, Function<Enum<?>, String> labels) {
		return Arrays.asList(vehicle.getPlateNumber(), labels.apply(vehicle.getVehicleType()),
				vehicle.isKei() ? MARK : "", vehicle.getSeats(), vehicle.getModel(), vehicle.getFirstRegisteredYear(),
				(vehicle.getOfficeId() != null) ? officeNames.get(vehicle.getOfficeId()) : "",
				labels.apply(vehicle.getOwnership()), vehicle.getInspectionExpiresOn(), vehicle.getInsurer(),
				vehicle.getPolicyFrom(), vehicle.getPolicyTo(), cover(vehicle.getCoverPerPerson()),
				cover(vehicle.getCoverProperty()), cover(vehicle.getCoverPassenger()));
	}

	/**
	 * Two vehicles as the sample on the import page.
	 * @param labels the Japanese label of an enum value
	 * @return the rows
	 */
	static List<List<Object>> sample(Function<Enum<?>, String> labels) {
		return List.of(
				List.of("松本500あ1234", labels.apply(VehicleType.WHEELCHAIR), "", 4, "トヨタ ハイエース", 2020, "本部",
						labels.apply(Ownership.OWNED), "2027-03-31", "全労済", "2026-04-01", "2027-03-31", UNLIMITED,
						UNLIMITED, "10000000"),
				List.of("松本580な5678", labels.apply(VehicleType.SEDAN), MARK, 4, "スズキ ワゴンR", 2019, "",
						labels.apply(Ownership.BROUGHT_IN), "R9.6.30", "あいおいニッセイ同和損保", "令和8年7月1日", "令和9年6月30日",
						"80,000,000", "2000000", ""));
	}

	/**
	 * Puts a row's cells on a form: a new vehicle's empty form, or an existing vehicle's
	 * form, whose values stay for the columns the file leaves out.
	 * @param form the form
	 * @param row the row
	 * @param offices the operator's offices by name
	 * @param types the accepted texts of the vehicle types
	 * @param ownerships the accepted texts of ownership
	 * @param errors where to record cells that cannot be read
	 */
	static void fill(VehicleForm form, CsvRow row, Map<String, Long> offices, Map<String, VehicleType> types,
			Map<String, Ownership> ownerships, ImportErrors errors) {
		if (row.has(PLATE)) {
			form.setPlateNumber(row.text(PLATE));
		}
		if (row.has(TYPE)) {
			form.setVehicleType(row.choice(TYPE, types, errors));
		}
		if (row.has(KEI)) {
			form.setKei(row.mark(KEI, errors));
		}
		if (row.has(SEATS)) {
			form.setSeats(row.integer(SEATS, errors));
		}
		if (row.has(MODEL)) {
			form.setModel(row.text(MODEL));
		}
		if (row.has(YEAR)) {
			form.setFirstRegisteredYear(row.integer(YEAR, errors));
		}
		if (row.has(OFFICE)) {
			form.setOfficeId(office(row, offices, errors));
		}
		if (row.has(OWNERSHIP)) {
			form.setOwnership(row.choice(OWNERSHIP, ownerships, errors));
		}
		if (row.has(INSPECTION)) {
			form.setInspectionExpiresOn(row.date(INSPECTION, errors));
		}
		if (row.has(INSURER)) {
			form.setInsurer(row.text(INSURER));
		}
		if (row.has(POLICY_FROM)) {
			form.setPolicyFrom(row.date(POLICY_FROM, errors));
		}
		if (row.has(POLICY_TO)) {
			form.setPolicyTo(row.date(POLICY_TO, errors));
		}
		if (row.has(PER_PERSON)) {
			form.setPerPersonUnlimited(UNLIMITED.equals(row.text(PER_PERSON)));
			form.setCoverPerPerson(form.isPerPersonUnlimited() ? null : row.number(PER_PERSON, errors));
		}
		if (row.has(PROPERTY)) {
			form.setPropertyUnlimited(UNLIMITED.equals(row.text(PROPERTY)));
			form.setCoverProperty(form.isPropertyUnlimited() ? null : row.number(PROPERTY, errors));
		}
		if (row.has(PASSENGER)) {
			if (UNLIMITED.equals(row.text(PASSENGER))) {
				errors.reject(row.line(), PASSENGER, "vehicle.csv.unlimitedNotAllowed");
				form.setCoverPassenger(null);
			}
			else {
				form.setCoverPassenger(row.number(PASSENGER, errors));
			}
		}
	}

	private static Long office(CsvRow row, Map<String, Long> offices, ImportErrors errors) {
		String name = row.text(OFFICE);
		if (name.isEmpty()) {
			return null;
		}
		Long id = offices.get(name);
		if (id == null) {
			errors.reject(row.line(), OFFICE, "vehicle.csv.officeUnknown", name);
		}
		return id;
	}

	private static String cover(Long yen) {
		if (yen == null) {
			return "";
		}
		return (yen == Vehicle.UNLIMITED) ? UNLIMITED : yen.toString();
	}

}
