import socket, json, sys
s = socket.socket(socket.AF_UNIX); s.connect("/tmp/ovsg-cap/db.sock")
dec = json.JSONDecoder(); buf = ""
pending = []
def recv_one():
    global buf
    while True:
        buf = buf.lstrip()
        if buf:
            try:
                obj, end = dec.raw_decode(buf); buf = buf[end:]; return obj
            except ValueError: pass
        buf += s.recv(65536).decode()
nid = [0]
def call(method, params):
    nid[0] += 1; i = nid[0]
    s.sendall(json.dumps({"id": i, "method": method, "params": params}).encode())
    while True:
        m = recv_one()
        if m.get("id") == i: return m
        pending.append(m)
out = {}
def show(name, v): out[name] = v
T = lambda *ops: ["Open_vSwitch"] + list(ops)
show("monitor_cond_since_reply", call("monitor_cond_since", ["Open_vSwitch", "m3", {"Bridge": [{"columns": ["name", "ports", "external_ids", "fail_mode", "flood_vlans", "datapath_id"]}]}, "00000000-0000-0000-0000-000000000000"])["result"])
show("monitor_cond_reply", call("monitor_cond", ["Open_vSwitch", "m2", {"Bridge": [{"columns": ["name", "ports", "external_ids", "fail_mode", "flood_vlans"]}]}])["result"])
show("monitor_reply", call("monitor", ["Open_vSwitch", "m1", {"Bridge": {"columns": ["name", "external_ids", "flood_vlans", "fail_mode"]}}])["result"])
r = call("transact", T({"op":"insert","table":"Open_vSwitch","row":{"bridges":["named-uuid","br0"]},"uuid-name":"ovs"},
                        {"op":"insert","table":"Bridge","row":{"name":"br0","ports":["named-uuid","p0"],"external_ids":["map",[["a","1"],["b","2"]]],"flood_vlans":["set",[1,2]]},"uuid-name":"br0"},
                        {"op":"insert","table":"Port","row":{"name":"p0","interfaces":["named-uuid","i0"]},"uuid-name":"p0"},
                        {"op":"insert","table":"Interface","row":{"name":"p0","type":"internal"},"uuid-name":"i0"},
                        {"op":"select","table":"Bridge","where":[["name","==","br0"]],"columns":["name","flood_vlans","external_ids"]},
                        {"op":"comment","comment":"capture"}))
show("transact_insert_select", r["result"])
show("transact_update_mutate", call("transact", T({"op":"update","table":"Bridge","where":[["name","==","br0"]],"row":{"fail_mode":"secure"}},
   {"op":"mutate","table":"Bridge","where":[],"mutations":[["flood_vlans","insert",["set",[3]]],["flood_vlans","delete",1],["external_ids","insert",["map",[["c","3"]]]],["external_ids","delete",["set",["a"]]]]},
   {"op":"mutate","table":"Bridge","where":[],"mutations":[["external_ids","delete",["map",[["b","2"]]]],["external_ids","insert",["map",[["b","9"]]]]]}))["result"])
show("transact_wait_timeout", call("transact", T({"op":"wait","table":"Bridge","where":[],"columns":["name"],"until":"==","rows":[{"name":"nope"}],"timeout":0},{"op":"comment","comment":"x"},{"op":"delete","table":"Bridge","where":[]}))["result"])
show("transact_commit_error", call("transact", T({"op":"insert","table":"Bridge","row":{"name":"br0"}}))["result"])
show("transact_abort", call("transact", T({"op":"abort"}))["result"])
show("transact_ref_error", call("transact", T({"op":"insert","table":"Port","row":{"name":"dangling","interfaces":["uuid","00000000-0000-0000-0000-000000000001"]}}))["result"])
show("monitor_cond_initial_reply", call("monitor_cond", ["Open_vSwitch", "m4", {"Bridge": [{"columns": ["name", "ports", "external_ids", "fail_mode", "flood_vlans"]}]}])["result"])
show("monitor_initial_reply", call("monitor", ["Open_vSwitch", "m5", {"Bridge": {"columns": ["name", "fail_mode"]}}])["result"])
show("transact_delete", call("transact", T({"op":"mutate","table":"Open_vSwitch","where":[],"mutations":[["bridges","delete",["set",[]]]]},{"op":"update","table":"Open_vSwitch","where":[],"row":{"bridges":["set",[]]}}))["result"])
call("echo", [])
show("notifications", pending)
json.dump(out, sys.stdout, indent=1)
