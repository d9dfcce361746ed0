#!/bin/sh
echo "$(cat /etc/app/build-info)"
