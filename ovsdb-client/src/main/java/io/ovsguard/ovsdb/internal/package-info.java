/**
 * The implementation behind {@link io.ovsguard.ovsdb.OvsdbClient}. Not API: types here may change
 * without notice; use the interfaces and factories of {@code io.ovsguard.ovsdb}.
 */
package io.ovsguard.ovsdb.internal;
