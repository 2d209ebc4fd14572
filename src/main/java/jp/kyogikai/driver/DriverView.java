package jp.kyogikai.driver;

import java.util.List;

/**
 * A driver in the roster with the qualification, in Japanese.
 *
 * @param driver the driver
 * @param qualified whether every check passed for every duty of the operator
 * @param reasons the failed checks' texts; empty when qualified
 * @param left whether the driver has left (退任)
 * @param retentionOver whether the 2 years' retention after leaving has ended (保存期間経過)
 */
public record DriverView(Driver driver, boolean qualified, List<String> reasons, boolean left, boolean retentionOver) {

}
