# Runs at install time (install(SCRIPT), so also under CPack): writes the systemd user unit with
# the absolute path of the installed bookflow-cli. The prefix is only known now — `cmake --install
# --prefix /usr` and CPack (/usr) both choose it after configuring — and systemd wants ExecStart
# absolute to be sure which program runs. file(INSTALL) applies DESTDIR and records the file in
# the install manifest like any other installed file.
if(NOT IS_ABSOLUTE "${CMAKE_INSTALL_PREFIX}")
    message(FATAL_ERROR "bookflow.service needs an absolute install prefix, not \"${CMAKE_INSTALL_PREFIX}\"")
endif()
set(BOOKFLOW_CLI "${CMAKE_INSTALL_PREFIX}/bin/bookflow-cli")

# A staging folder of its own per install, so that two installs running at once (a test and a
# package build) never write the same file.
string(RANDOM LENGTH 12 stage_tag)
if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
    set(stage "$ENV{TMPDIR}/bookflow-install-${stage_tag}")
else()
    set(stage "/tmp/bookflow-install-${stage_tag}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/bookflow.service.in" "${stage}/bookflow.service" @ONLY)
file(INSTALL "${stage}/bookflow.service" DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/user"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
file(REMOVE_RECURSE "${stage}")
