package org.parley.scale;

import java.util.List;

/**
 * The fictional words the scale data is made of: places, names of armed groups and their
 * aliases (many with accents), and the short texts of rounds, risks and incidents. A
 * limited variety, combined: enough for pages and searches to look real.
 */
final class Texts {

	static final String AMBULANCES = "ambulancias";

	static final List<String> MX_REGIONS = List.of("Guerrero", "Michoacán", "Zacatecas", "Sinaloa", "Tamaulipas",
			"Chihuahua", "Jalisco", "Oaxaca");

	static final List<String> SV_REGIONS = List.of("San Salvador", "La Libertad", "Sonsonate", "Usulután", "San Miguel",
			"Chalatenango", "Santa Ana", "La Paz");

	static final List<String> LOCALITIES = List.of("San José", "Santa María", "El Carmen", "La Unión",
			"Nueva Esperanza", "San Martín", "El Paraíso", "Los Ángeles", "Buenavista", "San Andrés", "La Estancia",
			"Tierra Colorada", "El Limón", "Las Cañas", "San Pedro", "Ojo de Agua");

	static final List<String> GROUP_STEMS = List.of("Cártel del Pacífico Sur", "La Línea", "Los Güeros",
			"Familia Serrana", "Mara del Puerto", "Barrio Dieciocho Sur", "Guerreros del Río", "Los Tecos",
			"Cártel de la Sierra", "Autodefensas de Tierra Caliente", "Los Cañeros", "Pandilla del Mercado",
			"Los Halcones Rojos", "Frente Campesino Armado", "Cártel del Golfo Norte", "Los Ñáñaros", "La Empresa",
			"Los Zorros de Jalisco", "Mara Salvatrucha Oriente", "Los Pelones", "Columna Morelos", "Los Viejitos",
			"Cártel Independiente", "Los Rodríguez", "La Nueva Fuerza");

	static final List<String> ALIASES = List.of("Los Güeros", "La Línea", "Los de Abajo", "La Compañía", "Los Señores",
			"El Cártel", "Los Muchachos", "La Organización", "Los del Cerro", "La Maña", "Los Patrones", "Gente Nueva",
			"Los Niños Héroes", "La Clica", "Los del Río");

	static final List<String> CATEGORIES = List.of("cartel", "gang", "militia", "self-defence", "urban-armed-group",
			"prison-gang", "rebel");

	static final List<String> TITLES = List.of("Acceso a la clínica de %s", "Paso seguro de brigadas de salud en %s",
			"Reglas para la distribución de alimentos en %s", "Protección del centro de salud de %s",
			"Acceso humanitario a %s", "Liberación de un voluntario en %s", "Pausa humanitaria en %s",
			"Access for mobile clinics in %s", "Safe passage of water trucks to %s", "Vaccination days in %s");

	static final List<String> PLACES = List.of("Parroquia de %s", "Casa ejidal de %s", "Escuela primaria de %s",
			"Cancha municipal de %s", "Oficina del comité en %s", "Centro comunitario de %s");

	static final List<String> OUR_PARTICIPANTS = List.of("Jefa de equipo y oficial de terreno",
			"Oficial de terreno y médico coordinador", "Coordinador de zona y enlace comunitario",
			"Dos oficiales de terreno");

	static final List<String> THEIR_PARTICIPANTS = List.of("El Comandante y dos escoltas",
			"Un enlace del grupo y el párroco", "Jefe de plaza", "Vocero del grupo y líder comunitario",
			"Tres representantes del grupo");

	static final List<String> ASKED = List.of("Paso libre de la brigada de vacunación los martes",
			"Respeto al centro de salud y a su personal", "Que no se cobre cuota a los camiones de agua",
			"Acceso a la comunidad para evaluar necesidades", "Garantías de seguridad para el equipo médico",
			"Que se retire el retén de la entrada del pueblo");

	static final List<String> OFFERED = List.of("Atención médica para toda la población sin distinción",
			"Información previa de las fechas de las brigadas", "Distribución según necesidades, sin listas del grupo",
			"Horario fijo y vehículos identificados");

	static final List<String> OUTCOMES = List.of("Aceptan el paso de la brigada con aviso previo",
			"Piden tiempo para consultar a sus jefes", "Rechazan por ahora, proponen nueva reunión",
			"Acuerdo verbal sobre el respeto al centro de salud", "Aceptan sin condiciones para el próximo mes",
			"Exigen listas de beneficiarios: se rechazó");

	static final List<String> AMBULANCE_OUTCOMES = List.of(
			"Aceptan el paso de las ambulancias por el retén sin revisión",
			"Las ambulancias podrán circular de noche con aviso previo");

	static final List<String> NEXT_STEPS = List.of("Confirmar por teléfono la fecha de la brigada",
			"Reunión de seguimiento con el enlace", "Enviar el calendario de distribuciones",
			"Consultar con la sede antes de responder");

	static final List<String> ARGUMENTS = List.of("Principio de humanidad y neutralidad",
			"Beneficio para las familias del propio grupo", "Precedente de otras comunidades de la zona");

	static final List<String> RISKS = List.of("Riesgo moderado: el grupo usa los acuerdos en su propaganda",
			"Riesgo alto para el personal en los caminos de noche", "Riesgo bajo de exposición legal",
			"Posible percepción de legitimación del grupo", "Riesgo reputacional limitado si se comunica bien");

	static final List<String> NARRATIVES = List.of(
			"Hombres armados detuvieron el vehículo y revisaron la carga durante una hora",
			"Amenazas verbales al personal en el retén de la entrada",
			"Disparos cerca del centro de salud durante la jornada",
			"Ocupación temporal de la escuela usada como bodega");

	static final List<String> SOURCES = List.of("Equipo en terreno", "Líder comunitario",
			"Testigos y reporte del conductor");

	static final List<String> COMMITMENTS = List.of("Paso libre de las brigadas de salud",
			"Ningún cobro a los camiones de agua", "Respeto al centro de salud y a sus pacientes",
			"Ninguna presencia armada en la escuela", "Aviso previo de cualquier cierre de camino");

	private Texts() {
	}

	/** The item of the list a number falls on. */
	static String pick(List<String> list, long n) {
		return list.get((int) Math.floorMod(n, (long) list.size()));
	}

}
