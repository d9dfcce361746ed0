# The usual first Dockerfile for a tools image: the live mirror, unpinned, lists and logs left in the layer.
ARG BASE=debian:bookworm
FROM ${BASE}
COPY . /opt/toolbox
RUN apt-get update && apt-get install -y $(sed 's/=.*//' /opt/toolbox/packages.txt)
CMD ["/opt/toolbox/bin/toolbox-check"]
