/**
 * The portal's languages: zh-CN (default), zh-TW and en. {@link org.beltportal.themes.i18n.Messages}
 * holds the bundles as plain maps that templates read as {@code msg["key"]};
 * {@link org.beltportal.themes.i18n.LocaleChoice} picks a visitor's language from {@code ?lang=}, then
 * the language cookie, then the tenant's default.
 */
package org.beltportal.themes.i18n;
