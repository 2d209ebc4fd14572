package jp.kyogikai.incident;

import java.util.Map;

/**
 * The operator's vehicles and drivers an accident may name, by id: the plate number and
 * the driver's name, in the order the lists show them.
 *
 * @param vehicles vehicle id to plate number
 * @param drivers driver id to name
 */
public record Choices(Map<Long, String> vehicles, Map<Long, String> drivers) {

}
