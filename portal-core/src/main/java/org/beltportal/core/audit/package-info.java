/** The audit trail: who changed what, when, with the state before and after. Written by every service. */
package org.beltportal.core.audit;
