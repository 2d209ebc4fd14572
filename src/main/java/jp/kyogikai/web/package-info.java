/**
 * What every page shares, with no knowledge of any feature: the template helpers
 * ({@code #wareki}, {@code #labels}), the signed-in user in the layout, locale and error
 * pages, and the start-up message.
 */
package jp.kyogikai.web;
