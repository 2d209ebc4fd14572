/**
 * An operator's accidents (事故), complaints (苦情) and administrative actions (行政処分: 改善命令,
 * 業務停止): what the council checks before agreeing to a registration or a renewal. An
 * accident may name one of the operator's vehicles and drivers; a serious accident (重大事故,
 * 自動車事故報告規則2条), an improvement order or a suspension within the current registration
 * period makes a renewal valid 2 years instead of 3, which the operator module reads
 * through {@link jp.kyogikai.operator.IncidentRecords}, implemented here. Staff keep all
 * three under {@code /operators/{id}/…}; an operator reports its own accidents and
 * complaints in its portal, and may change only those it entered itself. Every check of
 * access goes through {@link jp.kyogikai.operator.OperatorService#detail}.
 */
package jp.kyogikai.incident;
