# Use ccache when it is installed. base_dir makes hits independent of the checkout's path and
# NOHASHDIR keeps -g builds from hashing the build directory, so clean clones and git worktrees
# share one cache.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  get_filename_component(_countersign_parent "${CMAKE_SOURCE_DIR}/.." ABSOLUTE)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      "${CMAKE_COMMAND};-E;env;CCACHE_BASEDIR=${_countersign_parent};CCACHE_NOHASHDIR=1;CCACHE_SLOPPINESS=include_file_mtime,include_file_ctime,time_macros;${CCACHE_PROGRAM}")
endif()
