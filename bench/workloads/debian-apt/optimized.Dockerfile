# The package list (pinned versions) first, apt's cache and lists in locked cache mounts, downloads in their own
# stage, a pinned base: a script edit re-runs only the last COPY, and the final image holds no apt lists or logs.
ARG BASE=debian:bookworm-slim@sha256:b1a741487078b369e78119849663d7f1a5341ef2768798f7b7406c4240f86aef

FROM ${BASE} AS fetch
COPY packages.txt /tmp/packages.txt
# build-lab ignore=BL004 -- snapshot.debian.org is not reachable from this machine; the versions are pinned instead
# The debs this list resolves to are copied out of the shared archive cache, which may hold older versions too.
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    rm -f /etc/apt/apt.conf.d/docker-clean \
    && apt-get update \
    && apt-get install -y --no-install-recommends --download-only $(cat /tmp/packages.txt) \
    && mkdir /debs \
    && apt-get install -s --no-install-recommends $(cat /tmp/packages.txt) \
      | awk '/^Inst/ { for (i = 3; i <= NF; i++) if ($i ~ /^\(/) break; v = substr($i, 2); gsub(/:/, "%3a", v); a = $NF; gsub(/[][)]/, "", a); print $2 "_" v "_" a ".deb" }' \
      | while read -r deb; do cp "/var/cache/apt/archives/$deb" /debs/; done

FROM ${BASE}
ARG SOURCE_DATE_EPOCH
RUN --mount=type=bind,from=fetch,source=/debs,target=/debs \
    dpkg -i /debs/*.deb \
    && rm -rf /var/log/apt /var/log/dpkg.log /var/log/alternatives.log /var/cache/ldconfig/aux-cache /var/cache/debconf/*-old /var/lib/dpkg/*-old
COPY bin/ /opt/toolbox/bin/
USER 10001
CMD ["/opt/toolbox/bin/toolbox-check"]
