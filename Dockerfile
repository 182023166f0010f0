# Parley in a container: the jar is built with the Maven wrapper and extracted (a small
# application jar beside lib/), a class-data sharing archive is made for it on the runtime
# JRE, and both run on that JRE as a non-root user. docker-compose.yml runs it with
# PostgreSQL; docs/operations.md lists the environment variables.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY db db
RUN chmod +x mvnw && ./mvnw -q -B -DskipTests package \
	&& java -Djarmode=tools -jar target/parley-*.jar extract --destination /workspace/extracted \
	&& mv /workspace/extracted/parley-*.jar /workspace/extracted/parley.jar

# The class-data sharing archive is made by the JVM that will use it (the runtime image's),
# from a training run that starts the application as far as it goes without a database:
# every bean is made (Flyway and Hibernate's checks of the database are turned off), and
# the run stops at the first query (StartupSealing) or at the end of the refresh. The JVM
# writes the classes it loaded to app.jsa as it exits, whichever way it exits; the archive
# halves the time spent loading classes at every start (docs/operations.md, "Start time").
FROM eclipse-temurin:17-jre AS cds
WORKDIR /app
COPY --from=build /workspace/extracted /app
COPY db/demo/master-keyset.DEMO-ONLY.json db/demo/audit-mac-key.DEMO-ONLY.txt /training/
RUN PARLEY_DB_URL=jdbc:postgresql://127.0.0.1:1/training \
	PARLEY_MASTER_KEYSET=/training/master-keyset.DEMO-ONLY.json \
	PARLEY_AUDIT_MAC_KEY_FILE=/training/audit-mac-key.DEMO-ONLY.txt \
	java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh \
		-Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
		-Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
		-Dspring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
		-jar /app/parley.jar > /tmp/training.log 2>&1 || true; \
	test -s /app/app.jsa || { cat /tmp/training.log; exit 1; }

FROM eclipse-temurin:17-jre
# curl serves the HEALTHCHECK only.
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system --gid 10001 parley \
	&& useradd --system --uid 10001 --gid parley --home-dir /app --no-create-home --shell /usr/sbin/nologin parley \
	&& mkdir -p /app/anchors && chown 10001:10001 /app/anchors
# Pages label times "(UTC)" and format them in the JVM's default time zone.
ENV TZ=UTC
WORKDIR /app
COPY --from=cds /app /app
# Memory: the heap is bounded and the rest of the JVM too, so the container stays under
# 400 MB resident after start and 600 MB under load on 2 cores (docs/operations.md, "Memory").
# Override JAVA_TOOL_OPTIONS to change them; keep -XX:SharedArchiveFile in the entry point.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:MaxDirectMemorySize=64m -XX:+ExitOnOutOfMemoryError"
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
	CMD curl -fsS "http://localhost:${PARLEY_PORT:-8080}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/parley.jar"]
