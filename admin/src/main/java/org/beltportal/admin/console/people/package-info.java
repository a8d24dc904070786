/**
 * The console's people screens. Platform admins manage every user at {@code /admin/people}: search, invite,
 * grants on any belt, disable, delete. A belt's region operators manage its editors and campaign managers at
 * {@code /admin/belts/{slug}/people}; what anyone may grant is decided in {@code BeltPeople} (decision 0037),
 * not here. Nobody types a password for someone else: new users get a link to set one by email.
 */
package org.beltportal.admin.console.people;
