/*
 * The optional native half of io.ovsguard.ovsdb.direct.NativeUnixSocket: a blocking AF_UNIX stream socket driven by
 * plain system calls. The JDK's own unix-domain channels seed a SecureRandom (and with it the security providers) on
 * first use, about 9 ms of a command-line call; these five calls cost a dlopen.
 *
 * Each call copies through a buffer of its own rather than pinning the Java array: a read blocks for as long as the
 * server is quiet, and a pinned array would hold up the garbage collector all that time.
 */
#define _GNU_SOURCE
#include <jni.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/* one system call moves at most this much; the Java side loops */
#define MAX_TRANSFER (64 * 1024)

static void throw_message(JNIEnv *env, const char *message)
{
    jclass type = (*env)->FindClass(env, "java/io/IOException");
    if (type != NULL) {
        (*env)->ThrowNew(env, type, message);
    }
}

static void throw_errno(JNIEnv *env, int error)
{
    char text[256];
    throw_message(env, strerror_r(error, text, sizeof text));
}

/* a buffer for one transfer of at most MAX_TRANSFER bytes (its size in *size); NULL after throwing if none */
static char *transfer_buffer(JNIEnv *env, jint length, size_t *size)
{
    *size = length < MAX_TRANSFER ? (size_t) length : MAX_TRANSFER;
    char *buffer = malloc(*size);
    if (buffer == NULL) {
        throw_errno(env, ENOMEM);
    }
    return buffer;
}

/* connects fd to the socket at path (NUL-terminated), or fails with errno set */
static int connect_to(int fd, const char *path)
{
    struct sockaddr_un address;
    size_t length = strlen(path);
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (length >= sizeof address.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(address.sun_path, path, length);
    return connect(fd, (struct sockaddr *) &address, offsetof(struct sockaddr_un, sun_path) + length + 1);
}

/*
 * A path longer than a socket address holds is reached through its directory, opened and named as
 * /proc/self/fd/N/NAME, as Open vSwitch's own tools do: they accept such paths, so a drop-in must too.
 */
static int connect_through_directory(int fd, char *path)
{
    char *slash = strrchr(path, '/');
    if (slash == NULL || slash[1] == '\0') {
        errno = ENAMETOOLONG;
        return -1;
    }
    *slash = '\0';
    int directory = open(slash == path ? "/" : path, O_PATH | O_DIRECTORY | O_CLOEXEC);
    *slash = '/';
    if (directory < 0) {
        return -1;
    }
    char short_path[sizeof ((struct sockaddr_un *) 0)->sun_path];
    int written = snprintf(short_path, sizeof short_path, "/proc/self/fd/%d/%s", directory, slash + 1);
    int result;
    if (written < 0 || (size_t) written >= sizeof short_path) {
        errno = ENAMETOOLONG;
        result = -1;
    } else {
        result = connect_to(fd, short_path);
    }
    int error = errno;
    close(directory);
    errno = error;
    return result;
}

JNIEXPORT jint JNICALL
Java_io_ovsguard_ovsdb_direct_NativeUnixSocket_connect0(JNIEnv *env, jclass type, jbyteArray pathBytes)
{
    (void) type;
    jsize length = (*env)->GetArrayLength(env, pathBytes);
    if (length <= 0 || length >= PATH_MAX) {
        throw_errno(env, length <= 0 ? ENOENT : ENAMETOOLONG);
        return -1;
    }
    char path[PATH_MAX];
    (*env)->GetByteArrayRegion(env, pathBytes, 0, length, (jbyte *) path);
    path[length] = '\0';
    if (memchr(path, '\0', (size_t) length) != NULL) {
        throw_errno(env, EINVAL);
        return -1;
    }
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw_errno(env, errno);
        return -1;
    }
    int result = connect_to(fd, path);
    if (result < 0 && errno == ENAMETOOLONG) {
        result = connect_through_directory(fd, path);
    }
    if (result < 0) {
        int error = errno;
        close(fd);
        throw_errno(env, error);
        return -1;
    }
    return fd;
}

JNIEXPORT jint JNICALL
Java_io_ovsguard_ovsdb_direct_NativeUnixSocket_read0(JNIEnv *env, jclass type, jint fd, jbyteArray bytes,
                                                     jint offset, jint length)
{
    (void) type;
    size_t wanted;
    char *buffer = transfer_buffer(env, length, &wanted);
    if (buffer == NULL) {
        return -1;
    }
    ssize_t count;
    do {
        count = read(fd, buffer, wanted);
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
        int error = errno;
        free(buffer);
        throw_errno(env, error);
        return -1;
    }
    if (count > 0) {
        (*env)->SetByteArrayRegion(env, bytes, offset, (jsize) count, (jbyte *) buffer);
    }
    free(buffer);
    return count == 0 ? -1 : (jint) count;
}

JNIEXPORT jint JNICALL
Java_io_ovsguard_ovsdb_direct_NativeUnixSocket_write0(JNIEnv *env, jclass type, jint fd, jbyteArray bytes,
                                                      jint offset, jint length)
{
    (void) type;
    size_t wanted;
    char *buffer = transfer_buffer(env, length, &wanted);
    if (buffer == NULL) {
        return -1;
    }
    (*env)->GetByteArrayRegion(env, bytes, offset, (jsize) wanted, (jbyte *) buffer);
    ssize_t count;
    do {
        /* a peer that went away is an error to report, not a SIGPIPE */
        count = send(fd, buffer, wanted, MSG_NOSIGNAL);
    } while (count < 0 && errno == EINTR);
    int error = errno;
    free(buffer);
    if (count < 0) {
        throw_errno(env, error);
        return -1;
    }
    return (jint) count;
}

JNIEXPORT void JNICALL
Java_io_ovsguard_ovsdb_direct_NativeUnixSocket_shutdown0(JNIEnv *env, jclass type, jint fd)
{
    (void) env;
    (void) type;
    /* wakes a thread blocked in read or send on this socket; the descriptor stays valid until close0 */
    shutdown(fd, SHUT_RDWR);
}

JNIEXPORT void JNICALL
Java_io_ovsguard_ovsdb_direct_NativeUnixSocket_close0(JNIEnv *env, jclass type, jint fd)
{
    (void) env;
    (void) type;
    close(fd);
}
