/** May depend on nothing: its use of {@code beta} is forbidden. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.parley.modulithcheck.alpha;
