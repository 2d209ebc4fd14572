package jp.kyogikai.vehicle.rule;

import java.util.Arrays;
import java.util.List;

import jp.kyogikai.operator.rule.ServiceKind;

/**
 * The kinds of vehicle the law names, each belonging to one transport kind. 福祉有償運送 uses
 * vehicles of fewer than 11 seats of the first five types (施行規則, handbook 「使用する自動車」);
 * 交通空白地有償運送 uses buses and ordinary cars.
 */
public enum VehicleType {

	/** 寝台車: fixes a stretcher (ストレッチャー) inside. */
	STRETCHER(ServiceKind.WELFARE),

	/** 車いす車: a wheelchair user boards in the wheelchair, by ramp or lift. */
	WHEELCHAIR(ServiceKind.WELFARE),

	/** 兼用車: takes both a stretcher and a wheelchair. */
	COMBINED(ServiceKind.WELFARE),

	/** 回転シート車: a swivel seat (リフトアップシート included). */
	SWIVEL_SEAT(ServiceKind.WELFARE),

	/**
	 * セダン等: an ordinary car without special equipment; needs a driver or crew member with
	 * the セダン等運転者講習 or a 介護福祉士.
	 */
	SEDAN(ServiceKind.WELFARE),

	/** バス: 交通空白地有償運送. */
	BUS(ServiceKind.TRANSPORT_GAP),

	/** 普通自動車: 交通空白地有償運送. */
	ORDINARY(ServiceKind.TRANSPORT_GAP);

	private final ServiceKind serviceKind;

	VehicleType(ServiceKind serviceKind) {
		this.serviceKind = serviceKind;
	}

	/**
	 * The transport kind this type of vehicle is used for.
	 * @return the kind
	 */
	public ServiceKind serviceKind() {
		return this.serviceKind;
	}

	/**
	 * The types a transport kind may use, in declaration order.
	 * @param kind the transport kind
	 * @return the types
	 */
	public static List<VehicleType> of(ServiceKind kind) {
		return Arrays.stream(values()).filter((type) -> type.serviceKind == kind).toList();
	}

}
