# Parley in a container: the jar is built with the Maven wrapper, then run on a JRE as a
# non-root user. docker-compose.yml runs it with PostgreSQL; docs/operations.md lists the
# environment variables.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY db db
RUN chmod +x mvnw && ./mvnw -q -B -DskipTests package

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
COPY --from=build /workspace/target/parley-*.jar /app/parley.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
	CMD curl -fsS "http://localhost:${PARLEY_PORT:-8080}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/parley.jar"]
