/** Per-tenant synonym sets for search (拉杆箱 = 行李箱), edited by operators, applied at query time. */
package org.beltportal.core.synonym;
