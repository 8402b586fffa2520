/*
 * peakrss.c — jx-peakrss: runs a command and reports its wall time, CPU time
 * and peak resident set size.
 *
 *   jx-peakrss COMMAND [ARG...]
 *
 * After the command ends, one line goes to standard error:
 *   peakrss: wall_s=1.234 user_s=1.100 sys_s=0.120 maxrss_kib=10240 status=0
 * maxrss_kib is ru_maxrss from wait4(): the largest peak RSS of the command
 * and of any descendant it waited for (so `jx-peakrss xargs prog` gives the
 * peak of the largest prog run).  The exit status is the command's, or
 * 128 + signal when it was killed; 127 when it could not be started.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Seconds on the monotonic clock. */
static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds in a struct timeval. */
static double tv_seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

/* Forks, execs argv[1..] and reports on it; see the file comment. */
int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0) {
        fprintf(stderr, "Usage: jx-peakrss COMMAND [ARG...]\n");
        return 2;
    }
    double start = now_seconds();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "jx-peakrss: fork: %s\n", strerror(errno));
        return 127;
    }
    if (pid == 0) {
        execvp(argv[1], &argv[1]);
        fprintf(stderr, "jx-peakrss: %s: %s\n", argv[1], strerror(errno));
        _exit(127);
    }
    /* The child owns the terminal's signals; we only wait for it. */
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    int wstatus = 0;
    struct rusage ru;
    memset(&ru, 0, sizeof ru);
    pid_t got;
    do {
        got = wait4(pid, &wstatus, 0, &ru);
    } while (got < 0 && errno == EINTR);
    double wall = now_seconds() - start;
    if (got < 0) {
        fprintf(stderr, "jx-peakrss: wait4: %s\n", strerror(errno));
        return 127;
    }
    int status = WIFEXITED(wstatus)     ? WEXITSTATUS(wstatus)
                 : WIFSIGNALED(wstatus) ? 128 + WTERMSIG(wstatus)
                                        : 127;
    fprintf(stderr, "peakrss: wall_s=%.3f user_s=%.3f sys_s=%.3f maxrss_kib=%ld status=%d\n", wall,
            tv_seconds(ru.ru_utime), tv_seconds(ru.ru_stime), ru.ru_maxrss, status);
    return status;
}
