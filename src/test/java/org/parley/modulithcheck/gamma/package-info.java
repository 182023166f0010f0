/**
 * May use beta's API, which it does, and reaches into beta's internals, which it may not.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "beta")
package org.parley.modulithcheck.gamma;
