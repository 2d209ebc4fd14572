/**
 * The 要件確認表 of an operator: the registration, each vehicle and each active driver checked
 * against the requirements, green or red with the reason, then the accidents and
 * administrative actions of the current registration period and the open complaints, as a
 * page and a PDF. Reads through the operator, vehicle, driver and incident services,
 * which answer 404 to users who may not see the operator; nothing depends on this module.
 */
package jp.kyogikai.compliance;
