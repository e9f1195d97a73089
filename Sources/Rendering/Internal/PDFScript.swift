// The Python program that drives LibreOffice through UNO for `PDFConverter`. It is
// written into the batch's private folder at run time, so it works wherever this package
// is used (also as a dependency), and run with Debian's /usr/bin/python3 (python3-uno).
enum PDFScript {
    static let source = #"""
# Converts DOCX files to tagged PDF in one LibreOffice process. Written by `render` into a
# private temporary folder and run with Debian's python3 (python3-uno). Input: a JSON job
# file; output: one JSON line per document on standard output.
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:
    sys.stdout.write('{"missing": "uno"}\n')
    sys.exit(2)


def prop(name, value):
    result = PropertyValue()
    result.Name = name
    result.Value = value
    return result


def report(**fields):
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def start_office(job, folder):
    profile = uno.systemPathToFileUrl(job["profile"])
    # LibreOffice's own temporary files go into the batch's folder too, so that removing the
    # folder removes them also when LibreOffice is stopped before it can.
    temporary = os.path.join(folder, "tmp")
    os.makedirs(temporary, exist_ok=True)
    return subprocess.Popen(
        [job["soffice"], "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "--nolockcheck", "-env:UserInstallation=" + profile,
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % job["pipe"]],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env=dict(os.environ, TZ="UTC", TMPDIR=temporary))


def stop_office(office):
    # soffice starts soffice.bin as a child: stop the whole group it leads.
    try:
        os.killpg(office.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    office.wait()


def orphaned(job):
    # render removes the batch's folder itself when it ends; killed or interrupted
    # (Ctrl-C, SIGTERM) it cannot, and this process is handed to another parent.
    return os.getppid() != job["parent"]


def watch_parent(job, office, folder):
    # Then LibreOffice is stopped and the folder removed here, so nothing is left running
    # or behind. (The main thread may get there first, when LibreOffice's end wakes it.)
    while not orphaned(job):
        time.sleep(0.1)
    stop_office(office)
    shutil.rmtree(folder, ignore_errors=True)
    os._exit(128 + signal.SIGTERM)


def connect(job, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % job["pipe"])
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            if office.poll() is not None:
                raise RuntimeError("LibreOffice avslutades innan det gick att ansluta (slutkod %s)" % office.returncode)
            time.sleep(0.05)


def filter_data():
    settings = {
        "UseTaggedPDF": True,
        "PDFUACompliance": True,
        "ExportBookmarks": True,
        "OpenBookmarkLevels": -1,
        "DisplayPDFDocumentTitle": True,
        "EmbedStandardFonts": True,
        "ExportNotes": False,
        "ExportFormFields": False,
        "UseLosslessCompression": True,
        "ReduceImageResolution": False,
    }
    values = tuple(prop(name, value) for name, value in settings.items())
    return uno.Any("[]com.sun.star.beans.PropertyValue", values)


def convert(desktop, document):
    component = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(document["docx"]), "_blank", 0, (prop("Hidden", True),))
    if component is None:
        raise RuntimeError("LibreOffice kunde inte läsa Word-filen")
    try:
        # The contents list gets its page numbers, and page references their pages, once
        # the document is laid out; updating the list can move pages, so twice. Asking the
        # view for its page count lays the whole document out first: otherwise the lists
        # may be updated against a layout the idle formatter has not finished (on a busy
        # machine, pages then differ from run to run).
        for _ in range(2):
            component.getCurrentController().getPropertyValue("PageCount")
            indexes = component.getDocumentIndexes()
            for index in range(indexes.getCount()):
                indexes.getByIndex(index).update()
            component.getTextFields().refresh()
        properties = component.getDocumentProperties()
        properties.Title = document["title"]
        properties.Author = document["author"]
        properties.Subject = document["subject"]
        properties.Keywords = tuple(document["keywords"])
        component.storeToURL(uno.systemPathToFileUrl(document["pdf"]),
                             (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data())))
    finally:
        component.close(True)
    make_deterministic(document["pdf"], document["date"])


def make_deterministic(path, date):
    # LibreOffice stamps the clock into the creation date (Info and XMP) and derives the
    # file ID and checksum from it. Each is replaced by a value of the same length (the
    # document's own date; a digest of the rest), so offsets stay valid and the same
    # document always gives the same bytes.
    with open(path, "rb") as file:
        data = file.read()
    day = (date if re.fullmatch(r"\d{4}-\d\d-\d\d", date) else "1970-01-01").encode()
    data = re.sub(rb"(xmp:CreateDate>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rb"\g<1>" + day + b"T00:00:00", data)
    data = re.sub(rb"(/CreationDate\(D:)\d{14}", rb"\g<1>" + day.replace(b"-", b"") + b"000000", data)
    identifiers = rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])|(/DocChecksum /)[0-9A-F]{32}"
    zero = b"0" * 32
    blank = re.sub(identifiers, lambda m: re.sub(rb"[0-9A-F]{32}", zero, m.group(0)), data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(identifiers, lambda m: re.sub(rb"[0-9A-F]{32}", digest, m.group(0)), data)
    with open(path, "wb") as file:
        file.write(data)


def main():
    # Ctrl-C reaches the whole foreground group; render decides, and the watch below follows.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with open(sys.argv[1], encoding="utf-8") as file:
        job = json.load(file)
    folder = os.path.dirname(os.path.abspath(sys.argv[1]))
    office = start_office(job, folder)
    report(office=office.pid)
    threading.Thread(target=watch_parent, args=(job, office, folder), daemon=True).start()

    def stop(signum, frame):
        stop_office(office)
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        try:
            desktop = connect(job, office)
        except Exception as error:
            report(error=str(error))
            sys.exit(3)
        for document in job["documents"]:
            try:
                started = time.monotonic()
                convert(desktop, document)
                report(done=document["name"], seconds=round(time.monotonic() - started, 3))
            except Exception as error:
                report(failed=document["name"], reason=getattr(error, "Message", "") or str(error))
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
    finally:
        stop_office(office)
        if orphaned(job):
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
"""#
}
