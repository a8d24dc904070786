/**
 * The console's template editor (issue 17): the theme's templates and the belt's overrides with their draft and
 * published state, an editor that shows the save-time checks at their line, check-and-publish with a result per
 * page type, versions with a line diff between any two, and a revert with a confirmation. Same services and rights
 * ({@code Permission.CONFIGURE}) as the template API.
 */
package org.beltportal.admin.console.template;
