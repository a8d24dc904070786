/** The deployable: main class and configuration only; no business code lives here. */
package org.beltportal.server;
