/**
 * Festival campaigns of a belt: the model and its validation, yearly recurrence, phases computed from the
 * clock (never stored), the draft / review / approval workflow, the query the public portal asks for the
 * campaigns it shows, and the iCalendar feed of a tenant's festivals. See docs/campaigns.md.
 */
package org.beltportal.core.campaign;
