/** The console's belt switcher ({@code /admin/}) and each belt's home with its to-do list. */
package org.beltportal.admin.console.belt;
