# syntax=docker/dockerfile:1
#
# Production image of the privacy portal (portal-ui's Spring Boot executable jar).
# Build: docker build -t privacy-portal .   (BuildKit is needed for the cache mounts;
# it is the default builder of Docker Engine 23+ and of docker compose v2.)

############################ build stage ############################
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper (it downloads Maven 3.9.11 into ~/.m2/wrapper on first use).
COPY mvnw ./
COPY .mvn/ .mvn/
# The parent pom lists every module, so every module directory (pom and sources) must be present,
# even though only portal-ui and the modules it depends on are built. .dockerignore keeps target/,
# node_modules/ and generated frontend files out.
COPY pom.xml ./
COPY domain/ domain/
COPY embedded/ embedded/
COPY persistence/ persistence/
COPY portal-ui/ portal-ui/
COPY demo/ demo/
COPY benchmark/ benchmark/

# /root/.m2 caches Maven and the dependencies; /root/.vaadin caches the Node.js that the Vaadin
# plugin installs for the production frontend build. Neither ends up in an image layer.
# -Pproduction leaves Vaadin's development tools out of the jar (see the profile in portal-ui/pom.xml).
# The jar is copied out of target/ to a fixed name inside the same RUN; a glob that is not
# exactly one Spring Boot jar (classifier exec) fails the build instead of shipping the wrong file.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    set -eu; \
    chmod +x mvnw; \
    ./mvnw -B -Pproduction -DskipTests -pl portal-ui -am package; \
    set -- $(find portal-ui/target -maxdepth 1 -type f -name 'portal-ui-*-exec.jar'); \
    if [ "$#" -ne 1 ]; then echo "expected exactly one portal-ui jar, found: $*" >&2; exit 1; fi; \
    if ! jar tf "$1" | grep -q '^BOOT-INF/'; then \
        echo "$1 is not a Spring Boot executable jar (is spring-boot-maven-plugin configured in portal-ui?)" >&2; exit 1; \
    fi; \
    cp "$1" /build/app.jar

############################ runtime stage ############################
FROM eclipse-temurin:17-jre

# Unprivileged user; the jar stays owned by root, so the application cannot modify itself.
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar

USER 10001:10001

# 8080: the portal (published). 8081: Spring Boot management/actuator (internal only).
EXPOSE 8080 8081

# The JRE image has neither curl nor wget: bash's /dev/tcp sends a minimal HTTP/1.1 request to the
# readiness group on the management port and the check passes only on a "200" status line
# (503 = OUT_OF_SERVICE, e.g. the database is unreachable).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MANAGEMENT_SERVER_PORT:-8081} && printf 'GET /actuator/health/readiness HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && IFS= read -r status <&3 && [[ $status == 'HTTP/1.1 200'* ]]"]

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
