package org.parley.identity;

import java.util.List;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/** Identity's sealed column: the secrets of second factors, under the system's key. */
@Component
class IdentitySealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(SecondFactor.SECRET);
	}

}
