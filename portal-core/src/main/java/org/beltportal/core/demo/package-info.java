/**
 * First-start data: the platform admin account, and (when enabled) demo belts read from
 * {@code classpath:demo/belts/*.json} so a newcomer sees real-looking portals at once.
 */
package org.beltportal.core.demo;
