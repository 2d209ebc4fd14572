package jp.kyogikai.application.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents an application carries: those it must carry before it can be submitted
 * (必須) and those it may carry. The material follows the 2004 notice (定款, 役員名簿, the
 * drivers and their courses, the vehicles and their insurance, the fares, the plan of
 * operation and the area) and the seed's 登録変更協議申請書:
 *
 * <ul>
 * <li>新規登録: 定款, 役員名簿, 事業計画, 区域の地図, 運転者名簿, 講習修了証, 自動車検査証, 任意保険証書, 対価表; optionally the use
 * agreements of brought-in vehicles and the cost basis of the fares</li>
 * <li>更新登録: 役員名簿, 運転者名簿, 講習修了証, 自動車検査証, 任意保険証書, 対価表</li>
 * <li>変更登録: what its items call for ({@link #requiredFor(ChangeItem)}); a change of the
 * vehicles, for instance, needs their 自動車検査証 and 任意保険証書</li>
 * <li>対価の変更: 対価表 and 対価の算定根拠</li>
 * <li>合意の解除: nothing beyond the reason given in the application</li>
 * </ul>
 *
 * Every type may carry {@link AttachmentKind#OTHER}.
 */
public final class AttachmentChecklist {

	private static final Map<ApplicationType, Set<AttachmentKind>> REQUIRED = new EnumMap<>(ApplicationType.class);

	private static final Map<ApplicationType, Set<AttachmentKind>> OPTIONAL = new EnumMap<>(ApplicationType.class);

	private static final Map<ChangeItem, Set<AttachmentKind>> BY_CHANGE = new EnumMap<>(ChangeItem.class);

	static {
		REQUIRED.put(ApplicationType.NEW,
				EnumSet.of(AttachmentKind.ARTICLES, AttachmentKind.OFFICERS, AttachmentKind.BUSINESS_PLAN,
						AttachmentKind.AREA_MAP, AttachmentKind.DRIVER_ROSTER, AttachmentKind.COURSE_CERTIFICATES,
						AttachmentKind.VEHICLE_INSPECTION, AttachmentKind.INSURANCE, AttachmentKind.FARE_TABLE));
		OPTIONAL.put(ApplicationType.NEW,
				EnumSet.of(AttachmentKind.RIGHT_OF_USE, AttachmentKind.COST_BASIS, AttachmentKind.OTHER));
		REQUIRED.put(ApplicationType.RENEWAL,
				EnumSet.of(AttachmentKind.OFFICERS, AttachmentKind.DRIVER_ROSTER, AttachmentKind.COURSE_CERTIFICATES,
						AttachmentKind.VEHICLE_INSPECTION, AttachmentKind.INSURANCE, AttachmentKind.FARE_TABLE));
		OPTIONAL.put(ApplicationType.RENEWAL, EnumSet.of(AttachmentKind.ARTICLES, AttachmentKind.BUSINESS_PLAN,
				AttachmentKind.AREA_MAP, AttachmentKind.RIGHT_OF_USE, AttachmentKind.COST_BASIS, AttachmentKind.OTHER));
		REQUIRED.put(ApplicationType.CHANGE, EnumSet.noneOf(AttachmentKind.class));
		OPTIONAL.put(ApplicationType.CHANGE, EnumSet.of(AttachmentKind.OTHER));
		REQUIRED.put(ApplicationType.FARE_CHANGE, EnumSet.of(AttachmentKind.FARE_TABLE, AttachmentKind.COST_BASIS));
		OPTIONAL.put(ApplicationType.FARE_CHANGE, EnumSet.of(AttachmentKind.BUSINESS_PLAN, AttachmentKind.OTHER));
		REQUIRED.put(ApplicationType.DISSOLUTION, EnumSet.noneOf(AttachmentKind.class));
		OPTIONAL.put(ApplicationType.DISSOLUTION, EnumSet.of(AttachmentKind.OTHER));

		BY_CHANGE.put(ChangeItem.TRANSPORT_KIND_CHANGED, EnumSet.of(AttachmentKind.BUSINESS_PLAN,
				AttachmentKind.DRIVER_ROSTER, AttachmentKind.COURSE_CERTIFICATES, AttachmentKind.VEHICLE_INSPECTION));
		BY_CHANGE.put(ChangeItem.AREA_ENLARGED, EnumSet.of(AttachmentKind.BUSINESS_PLAN, AttachmentKind.AREA_MAP));
		BY_CHANGE.put(ChangeItem.AREA_REDUCED, EnumSet.of(AttachmentKind.AREA_MAP));
		BY_CHANGE.put(ChangeItem.TRANSPORT_KIND_REDUCED, EnumSet.noneOf(AttachmentKind.class));
		BY_CHANGE.put(ChangeItem.NAME, EnumSet.of(AttachmentKind.ARTICLES));
		BY_CHANGE.put(ChangeItem.ADDRESS, EnumSet.of(AttachmentKind.ARTICLES));
		BY_CHANGE.put(ChangeItem.REPRESENTATIVE, EnumSet.of(AttachmentKind.OFFICERS));
		BY_CHANGE.put(ChangeItem.OFFICE, EnumSet.noneOf(AttachmentKind.class));
		BY_CHANGE.put(ChangeItem.VEHICLE_COUNT,
				EnumSet.of(AttachmentKind.VEHICLE_INSPECTION, AttachmentKind.INSURANCE));
	}

	private final Set<AttachmentKind> required;

	private final Set<AttachmentKind> optional;

	private AttachmentChecklist(Set<AttachmentKind> required, Set<AttachmentKind> optional) {
		this.required = Collections.unmodifiableSet(required);
		this.optional = Collections.unmodifiableSet(optional);
	}

	/**
	 * The documents of an application.
	 * @param type what the operator applies for
	 * @param changes what a {@link ApplicationType#CHANGE} changes (ignored, and may be
	 * {@code null}, for the other types)
	 * @return the checklist
	 */
	public static AttachmentChecklist of(ApplicationType type, Collection<ChangeItem> changes) {
		Objects.requireNonNull(type, "type");
		Set<AttachmentKind> required = EnumSet.copyOf(REQUIRED.get(type));
		if (type == ApplicationType.CHANGE && changes != null) {
			changes.stream().filter(Objects::nonNull).forEach((item) -> required.addAll(BY_CHANGE.get(item)));
		}
		Set<AttachmentKind> optional = EnumSet.copyOf(OPTIONAL.get(type));
		if (type == ApplicationType.CHANGE) {
			// every document a change may call for can be attached to any change
			BY_CHANGE.values().forEach(optional::addAll);
		}
		optional.removeAll(required);
		return new AttachmentChecklist(required, optional);
	}

	/**
	 * What a change of one item calls for.
	 * @param item the changed item
	 * @return the documents, in declaration order
	 */
	public static Set<AttachmentKind> requiredFor(ChangeItem item) {
		return Collections.unmodifiableSet(BY_CHANGE.get(Objects.requireNonNull(item, "item")));
	}

	/**
	 * The documents that must be attached before submission.
	 * @return them, in declaration order
	 */
	public Set<AttachmentKind> required() {
		return this.required;
	}

	/**
	 * The documents that may be attached besides.
	 * @return them, in declaration order
	 */
	public Set<AttachmentKind> optional() {
		return this.optional;
	}

	/**
	 * Every document the application may carry, the required ones first.
	 * @return the kinds, required first, each group in declaration order
	 */
	public List<AttachmentKind> all() {
		List<AttachmentKind> all = new java.util.ArrayList<>(this.required);
		all.addAll(this.optional);
		return List.copyOf(all);
	}

	/**
	 * Whether a document of this kind belongs to the application at all.
	 * @param kind the kind
	 * @return {@code true} when it is required or optional
	 */
	public boolean accepts(AttachmentKind kind) {
		return this.required.contains(kind) || this.optional.contains(kind);
	}

	public boolean isRequired(AttachmentKind kind) {
		return this.required.contains(kind);
	}

	/**
	 * The required documents not yet attached.
	 * @param attached the kinds of which at least one document is attached
	 * @return the missing kinds, in declaration order; empty when the application may be
	 * submitted
	 */
	public List<AttachmentKind> missing(Collection<AttachmentKind> attached) {
		Set<AttachmentKind> present = EnumSet.noneOf(AttachmentKind.class);
		if (attached != null) {
			attached.stream().filter(Objects::nonNull).forEach(present::add);
		}
		return this.required.stream().filter((kind) -> !present.contains(kind)).toList();
	}

	/**
	 * The reason submission is refused.
	 * @param attached the kinds attached
	 * @return {@code attachments} / {@code application.attachments.missing} with the
	 * missing kinds as argument; empty when nothing is missing
	 */
	public List<ApplicationViolation> violations(Collection<AttachmentKind> attached) {
		List<AttachmentKind> missing = missing(attached);
		return missing.isEmpty() ? List.of()
				: List.of(new ApplicationViolation("attachments", "application.attachments.missing", missing));
	}

}
