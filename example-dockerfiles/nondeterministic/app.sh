#!/bin/sh
echo "built at $(cat /etc/app/built-at), id $(cat /etc/app/id)"
