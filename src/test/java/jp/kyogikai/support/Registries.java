package jp.kyogikai.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorRepository;
import jp.kyogikai.operator.OperatorType;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.support.TestTenants.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An operator of a test's own municipality with its registries filled through the pages,
 * so that every change is audited as in real use.
 */
public final class Registries {

	private Registries() {
	}

	/**
	 * A new operator of the tenant's municipality.
	 * @param operators the repository
	 * @param tenant the test's municipality
	 * @param name the operator's name
	 * @return its id
	 */
	public static long operator(OperatorRepository operators, Tenant tenant, String name) {
		return operators
			.save(new Operator(tenant.municipality().getId(), name, OperatorType.NPO, "テスト福第１号",
					LocalDate.of(2028, 3, 31)))
			.getId();
	}

	/**
	 * An OPERATOR user of the operator (not stored: enough for MockMvc).
	 * @param operatorId the operator
	 * @return the principal
	 */
	public static AccountPrincipal operatorUser(long operatorId) {
		return new AccountPrincipal(-operatorId, "operator-" + operatorId, null, "運送主体の担当者", Role.OPERATOR, null,
				operatorId, null, "テスト運送主体", true);
	}

	public static long addOffice(MockMvc mvc, JdbcClient jdbc, AccountPrincipal staff, long operatorId, String name)
			throws Exception {
		mvc.perform(post("/operators/{id}/offices", operatorId).param("name", name)
			.param("location", name + "の所在地")
			.with(user(staff))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from office where operator_id = :o and name = :n")
			.param("o", operatorId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a vehicle through the staff pages ({@code base}
	 * {@code /operators/{id}/vehicles}) or the portal
	 * ({@code /operator-portal/vehicles}).
	 */
	public static long addVehicle(MockMvc mvc, JdbcClient jdbc, String base, AccountPrincipal user, long operatorId,
			String plate, String... overrides) throws Exception {
		mvc.perform(vehicleForm(post(base + "/new"), user, first(overrides, "plateNumber", plate)))
			.andExpect(status().is3xxRedirection());
		return id(jdbc, "vehicle", operatorId, "plate_number", plate);
	}

	public static void editVehicle(MockMvc mvc, JdbcClient jdbc, String base, AccountPrincipal user, long vehicleId,
			String plate, String... overrides) throws Exception {
		mvc.perform(vehicleForm(post(base + "/" + vehicleId + "/edit"), user,
				first(overrides, "plateNumber", plate, "version", version(jdbc, "vehicle", vehicleId))))
			.andExpect(status().is3xxRedirection());
	}

	public static long addDriver(MockMvc mvc, JdbcClient jdbc, String base, AccountPrincipal user, long operatorId,
			String name, String... overrides) throws Exception {
		mvc.perform(driverForm(post(base + "/new"), user, first(overrides, "name", name)))
			.andExpect(status().is3xxRedirection());
		return id(jdbc, "driver", operatorId, "name", name);
	}

	public static void editDriver(MockMvc mvc, JdbcClient jdbc, String base, AccountPrincipal user, long driverId,
			String name, String... overrides) throws Exception {
		mvc.perform(driverForm(post(base + "/" + driverId + "/edit"), user,
				first(overrides, "name", name, "version", version(jdbc, "driver", driverId))))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * Moves a revision to another time, for tests about "since when".
	 * @param jdbc the database
	 * @param revision the revision
	 * @param at the new time, e.g. {@code 2025-02-19T23:59:59+09:00}
	 */
	public static void revisionAt(JdbcClient jdbc, long revision, String at) {
		jdbc.sql("update audit_revision set changed_at = cast(:at as timestamptz) where id = :rev")
			.param("at", at)
			.param("rev", revision)
			.update();
	}

	/**
	 * The revisions of one audited row, oldest first.
	 */
	public static java.util.List<Long> revisions(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("select rev from " + table + "_aud where id = :id order by rev")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	/**
	 * The vehicle form as a test posts it: a wheelchair vehicle of 4 seats with valid 車検
	 * and insurance, plate 松本500あ1234, version 0, some fields replaced.
	 * @param request the request
	 * @param user the signed-in user
	 * @param overrides field, value, field, value, …
	 * @return the request, signed in and with CSRF
	 */
	public static MockHttpServletRequestBuilder vehicleForm(MockHttpServletRequestBuilder request,
			AccountPrincipal user, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("plateNumber", "松本500あ1234");
		fields.put("vehicleType", "WHEELCHAIR");
		fields.put("seats", "4");
		fields.put("model", "トヨタ ハイエース");
		fields.put("firstRegisteredYear", "2020");
		fields.put("ownership", "OWNED");
		fields.put("inspectionExpiresOn", "2030-03-31");
		fields.put("insurer", "全労済");
		fields.put("policyFrom", "2026-04-01");
		fields.put("policyTo", "2029-03-31");
		fields.put("perPersonUnlimited", "true");
		fields.put("propertyUnlimited", "true");
		fields.put("coverPassenger", "10000000");
		fields.put("version", "0");
		return form(request, user, fields, overrides);
	}

	/**
	 * The driver form as a test posts it: 松本 太郎 with a valid 第二種 licence, appointed
	 * 2026-04-01, version 0, some fields replaced.
	 * @param request the request
	 * @param user the signed-in user
	 * @param overrides field, value, field, value, …
	 * @return the request, signed in and with CSRF
	 */
	public static MockHttpServletRequestBuilder driverForm(MockHttpServletRequestBuilder request, AccountPrincipal user,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "松本 太郎");
		fields.put("furigana", "まつもと たろう");
		fields.put("birthDate", "1960-05-05");
		fields.put("address", "松本市丸の内3-7");
		fields.put("licenceNumber", "123456789012");
		fields.put("licenceClass", "CLASS_2");
		fields.put("licenceExpiresOn", "2031-03-31");
		fields.put("appointedOn", "2026-04-01");
		fields.put("careWorker", "false");
		fields.put("version", "0");
		return form(request, user, fields, overrides);
	}

	/**
	 * A form post with the given fields, some replaced, signed in and with CSRF.
	 * @param request the request
	 * @param user the signed-in user
	 * @param fields the fields in their order
	 * @param overrides field, value, field, value, … replacing or adding fields
	 * @return the request
	 */
	public static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, AccountPrincipal user,
			Map<String, String> fields, String... overrides) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i < overrides.length; i += 2) {
			all.put(overrides[i], overrides[i + 1]);
		}
		all.forEach(request::param);
		return request.with(user(user)).with(csrf());
	}

	private static String[] first(String[] overrides, String... fields) {
		String[] all = Arrays.copyOf(fields, fields.length + overrides.length);
		System.arraycopy(overrides, 0, all, fields.length, overrides.length);
		return all;
	}

	private static long id(JdbcClient jdbc, String table, long operatorId, String column, String value) {
		return jdbc.sql("select id from " + table + " where operator_id = :o and " + column + " = :v")
			.param("o", operatorId)
			.param("v", value)
			.query(Long.class)
			.single();
	}

	private static String version(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("select version from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()
			.toString();
	}

}
