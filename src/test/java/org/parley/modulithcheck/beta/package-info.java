/** Depends on nothing. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.parley.modulithcheck.beta;
