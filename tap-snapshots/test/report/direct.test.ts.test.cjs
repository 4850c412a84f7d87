/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/direct.test.ts > TAP > csv snapshot (lab report with --compare-direct results) > must match snapshot 1`] = `
Buffer <
  0000: 6465 7374 696e 6174 696f 6e2c 686f 7374  destination,host
  0010: 5f70 6174 7465 726e 2c70 6f72 742c 7072  _pattern,port,pr
  0020: 6f74 6f63 6f6c 2c73 6572 7669 6365 2c70  otocol,service,p
  0030: 7572 706f 7365 2c72 756c 655f 6c6f 6361  urpose,rule_loca
  0040: 7469 6f6e 2c70 726f 7879 2c6f 6273 6572  tion,proxy,obser
  0050: 7665 642c 6f62 7365 7276 6564 5f6c 6162  ved,observed_lab
  0060: 656c 2c63 6f64 652c 636f 6465 732c 7072  el,code,codes,pr
  0070: 6f62 6564 5f68 6f73 7473 2c61 6374 696f  obed_hosts,actio
  0080: 6e2c 7761 6976 6572 5f73 7461 7465 2c77  n,waiver_state,w
  0090: 6169 7665 725f 7469 636b 6574 2c77 6169  aiver_ticket,wai
  00a0: 7665 725f 6578 7069 7265 732c 7761 6976  ver_expires,waiv
  00b0: 6572 5f72 6561 736f 6e2c 736f 7572 6365  er_reason,source
  00c0: 5f68 6f73 742c 736f 7572 6365 5f61 6464  _host,source_add
  00d0: 7265 7373 6573 2c64 6972 6563 745f 6f62  resses,direct_ob
  00e0: 7365 7276 6564 2c64 6972 6563 745f 636f  served,direct_co
  00f0: 6465 2c64 6972 6563 745f 636f 6d70 6172  de,direct_compar
  0100: 6973 6f6e 2c64 6972 6563 745f 6e6f 7465  ison,direct_note
  0110: 0d0a 2a2e 6d61 6e61 6765 2e6d 6963 726f  ..*.manage.micro
  0120: 736f 6674 2e63 6f6d 2c2a 2e6d 616e 6167  soft.com,*.manag
  0130: 652e 6d69 6372 6f73 6f66 742e 636f 6d2c  e.microsoft.com,
  0140: 3434 332c 5443 502c 4854 5450 532c 5570  443,TCP,HTTPS,Up
  0150: 6461 7465 7320 616e 6420 7365 7276 6963  dates.and.servic
  0160: 696e 672c 5072 6f78 7920 6874 7470 3a2f  ing,Proxy.http:/
  0170: 2f70 726f 7879 2e63 6f6e 746f 736f 2e63  /proxy.contoso.c
  0180: 6f6d 3a38 3038 302c 6874 7470 3a2f 2f70  om:8080,http://p
  0190: 726f 7879 2e63 6f6e 746f 736f 2e63 6f6d  roxy.contoso.com
  01a0: 3a38 3038 302c 626c 6f63 6b65 642c 426c  :8080,blocked,Bl
  01b0: 6f63 6b65 642c 5052 4f58 595f 4445 4e49  ocked,PROXY_DENI
  01c0: 4544 2c50 524f 5859 5f44 454e 4945 4420  ED,PROXY_DENIED.
  01d0: 544c 535f 494e 5445 5243 4550 5445 442c  TLS_INTERCEPTED,
  01e0: 7363 636d 2e6d 616e 6167 652e 6d69 6372  sccm.manage.micr
  01f0: 6f73 6f66 742e 636f 6d20 636f 6e66 6967  osoft.com.config
  0200: 6d67 7262 6974 732e 6364 6e2e 6d61 6e61  mgrbits.cdn.mana
  0210: 6765 2e6d 6963 726f 736f 6674 2e63 6f6d  ge.microsoft.com
  0220: 2c41 6c6c 6f77 202a 2e6d 616e 6167 652e  ,Allow.*.manage.
  0230: 6d69 6372 6f73 6f66 742e 636f 6d20 6f6e  microsoft.com.on
  0240: 2054 4350 2034 3433 2028 4854 5450 5329  .TCP.443.(HTTPS)
  0250: 2069 6e20 7468 6520 706f 6c69 6379 206f  .in.the.policy.o
  0260: 6620 7072 6f78 7920 6874 7470 3a2f 2f70  f.proxy.http://p
  0270: 726f 7879 2e63 6f6e 746f 736f 2e63 6f6d  roxy.contoso.com
  0280: 3a38 3038 302e 2045 7865 6d70 7420 7363  :8080..Exempt.sc
  0290: 636d 2e6d 616e 6167 652e 6d69 6372 6f73  cm.manage.micros
  02a0: 6f66 742e 636f 6d20 6672 6f6d 2054 4c53  oft.com.from.TLS
  02b0: 2069 6e73 7065 6374 696f 6e20 6f6e 2070  .inspection.on.p
  02c0: 726f 7879 2e63 6f6e 746f 736f 2e63 6f6d  roxy.contoso.com
  02d0: 3a20 4d69 6372 6f73 6f66 7420 646f 6573  :.Microsoft.does
  02e0: 206e 6f74 2073 7570 706f 7274 2069 6e73  .not.support.ins
  02f0: 7065 6374 696f 6e20 6f66 202a 2e6d 616e  pection.of.*.man
  0300: 6167 652e 6d69 6372 6f73 6f66 742e 636f  age.microsoft.co
  0310: 6d2e 2c2c 2c2c 2c53 4350 3031 2c2c 626c  m.,,,,,SCP01,,bl
  0320: 6f63 6b65 642c 434f 4e4e 4543 545f 5449  ocked,CONNECT_TI
  0330: 4d45 4f55 542c 6e65 6974 6865 722c 4661  MEOUT,neither,Fa
  0340: 696c 7320 6469 7265 6374 2074 6f6f 3a20  ils.direct.too:.
  0350: 7468 6520 7275 6c65 2074 6861 7420 6973  the.rule.that.is
  0360: 206e 6565 6465 6420 6973 206f 6e20 7468  .needed.is.on.th
  0370: 6520 7072 6f78 793b 2074 6865 2053 4350  e.proxy;.the.SCP
  0380: 2068 6f73 7420 6e65 6564 7320 6f6e 6c79  .host.needs.only
  0390: 2069 7473 2070 6174 6820 746f 2074 6865  .its.path.to.the
  03a0: 2070 726f 7879 2e0d 0a73 6363 6d63 6f6e  .proxy...sccmcon
  03b0: 6e65 6374 6564 2d61 3031 2e63 6c6f 7564  nected-a01.cloud
  03c0: 6170 702e 6e65 742c 7363 636d 636f 6e6e  app.net,sccmconn
  03d0: 6563 7465 642d 6130 312e 636c 6f75 6461  ected-a01.clouda
  03e0: 7070 2e6e 6574 2c34 3433 2c54 4350 2c48  pp.net,443,TCP,H
  03f0: 5454 5053 2c55 7064 6174 6573 2061 6e64  TTPS,Updates.and
  0400: 2073 6572 7669 6369 6e67 2c53 4350 2068  .servicing,SCP.h
  0410: 6f73 7420 6567 7265 7373 2c2c 626c 6f63  ost.egress,,bloc
  0420: 6b65 642c 426c 6f63 6b65 642c 444e 535f  ked,Blocked,DNS_
  0430: 4e58 444f 4d41 494e 2c44 4e53 5f4e 5844  NXDOMAIN,DNS_NXD
  0440: 4f4d 4149 4e2c 7363 636d 636f 6e6e 6563  OMAIN,sccmconnec
  0450: 7465 642d 6130 312e 636c 6f75 6461 7070  ted-a01.cloudapp
  0460: 2e6e 6574 2c43 6865 636b 2074 6865 2063  .net,Check.the.c
  0470: 6f6e 6469 7469 6f6e 616c 2066 6f72 7761  onditional.forwa
  0480: 7264 6572 7320 6f66 2031 302e 3230 2e30  rders.of.10.20.0
  0490: 2e35 333a 2061 2073 706c 6974 2d68 6f72  .53:.a.split-hor
  04a0: 697a 6f6e 2063 6c6f 7564 6170 702e 6e65  izon.cloudapp.ne
  04b0: 7420 7a6f 6e65 2068 6964 6573 2074 6865  t.zone.hides.the
  04c0: 2070 7562 6c69 6320 6e61 6d65 2e2c 2c2c  .public.name.,,,
  04d0: 2c2c 5343 5030 312c 3130 2e32 302e 342e  ,,SCP01,10.20.4.
  04e0: 3137 2c62 6c6f 636b 6564 2c44 4e53 5f4e  17,blocked,DNS_N
  04f0: 5844 4f4d 4149 4e2c 7361 6d65 2d72 6f75  XDOMAIN,same-rou
  0500: 7465 2c22 4e6f 7420 7072 6f78 6965 6420  te,"Not.proxied.
  0510: 2874 6865 2072 6f75 7465 2069 7320 6469  (the.route.is.di
  0520: 7265 6374 292c 2073 6f20 7468 6520 6469  rect),.so.the.di
  0530: 7265 6374 2070 726f 6265 2074 6f6f 6b20  rect.probe.took.
  0540: 7468 6520 7361 6d65 2070 6174 683a 2074  the.same.path:.t
  0550: 6865 2072 756c 6520 6265 6c6f 6e67 7320  he.rule.belongs.
  0560: 6f6e 2074 6865 2053 4350 2068 6f73 7427  on.the.SCP.host'
  0570: 7320 6567 7265 7373 2e22 0d0a 6465 6669  s.egress."..defi
  0580: 6e69 7469 6f6e 7570 6461 7465 732e 6d69  nitionupdates.mi
  0590: 6372 6f73 6f66 742e 636f 6d2c 6465 6669  crosoft.com,defi
  05a0: 6e69 7469 6f6e 7570 6461 7465 732e 6d69  nitionupdates.mi
  05b0: 6372 6f73 6f66 742e 636f 6d2c 3434 332c  crosoft.com,443,
  05c0: 5443 502c 4854 5450 532c 5570 6461 7465  TCP,HTTPS,Update
  05d0: 7320 616e 6420 7365 7276 6963 696e 672c  s.and.servicing,
  05e0: 5343 5020 686f 7374 2065 6772 6573 732c  SCP.host.egress,
  05f0: 2c62 6c6f 636b 6564 2c42 6c6f 636b 6564  ,blocked,Blocked
  0600: 2c43 4f4e 4e45 4354 5f54 494d 454f 5554  ,CONNECT_TIMEOUT
  0610: 2c43 4f4e 4e45 4354 5f54 494d 454f 5554  ,CONNECT_TIMEOUT
  0620: 2c64 6566 696e 6974 696f 6e75 7064 6174  ,definitionupdat
  0630: 6573 2e6d 6963 726f 736f 6674 2e63 6f6d  es.microsoft.com
  0640: 2c41 6c6c 6f77 206f 7574 626f 756e 6420  ,Allow.outbound.
  0650: 5443 5020 3434 3320 2848 5454 5053 2920  TCP.443.(HTTPS).
  0660: 6672 6f6d 2074 6865 2053 4350 2068 6f73  from.the.SCP.hos
  0670: 7420 746f 2064 6566 696e 6974 696f 6e75  t.to.definitionu
  0680: 7064 6174 6573 2e6d 6963 726f 736f 6674  pdates.microsoft
  0690: 2e63 6f6d 206f 6e20 6576 6572 7920 6669  .com.on.every.fi
  06a0: 7265 7761 6c6c 2069 6e20 7468 6520 7061  rewall.in.the.pa
  06b0: 7468 2e2c 2c2c 2c2c 5343 5030 312c 3130  th.,,,,,SCP01,10
  06c0: 2e32 302e 342e 3137 2c62 6c6f 636b 6564  .20.4.17,blocked
  06d0: 2c43 4f4e 4e45 4354 5f54 494d 454f 5554  ,CONNECT_TIMEOUT
  06e0: 2c73 616d 652d 726f 7574 652c 224e 6f74  ,same-route,"Not
  06f0: 2070 726f 7869 6564 2028 7468 6520 726f  .proxied.(the.ro
  0700: 7574 6520 6973 2064 6972 6563 7429 2c20  ute.is.direct),.
  0710: 736f 2074 6865 2064 6972 6563 7420 7072  so.the.direct.pr
  0720: 6f62 6520 746f 6f6b 2074 6865 2073 616d  obe.took.the.sam
  0730: 6520 7061 7468 3a20 7468 6520 7275 6c65  e.path:.the.rule
  0740: 2062 656c 6f6e 6773 206f 6e20 7468 6520  .belongs.on.the.
  0750: 5343 5020 686f 7374 2773 2065 6772 6573  SCP.host's.egres
  0760: 732e 220d 0a64 6f77 6e6c 6f61 642e 7769  s."..download.wi
  0770: 6e64 6f77 7375 7064 6174 652e 636f 6d2c  ndowsupdate.com,
  0780: 646f 776e 6c6f 6164 2e77 696e 646f 7773  download.windows
  0790: 7570 6461 7465 2e63 6f6d 2c34 3433 2c54  update.com,443,T
  07a0: 4350 2c48 5454 5053 2c55 7064 6174 6573  CP,HTTPS,Updates
  07b0: 2061 6e64 2073 6572 7669 6369 6e67 2c53  .and.servicing,S
  07c0: 4350 2068 6f73 7420 6567 7265 7373 2c2c  CP.host.egress,,
  07d0: 626c 6f63 6b65 642c 426c 6f63 6b65 642c  blocked,Blocked,
  07e0: 434f 4e4e 4543 545f 5245 4655 5345 442c  CONNECT_REFUSED,
  07f0: 434f 4e4e 4543 545f 5245 4655 5345 442c  CONNECT_REFUSED,
  0800: 646f 776e 6c6f 6164 2e77 696e 646f 7773  download.windows
  0810: 7570 6461 7465 2e63 6f6d 2c41 6c6c 6f77  update.com,Allow
  0820: 206f 7574 626f 756e 6420 5443 5020 3434  .outbound.TCP.44
  0830: 3320 2848 5454 5053 2920 6672 6f6d 2074  3.(HTTPS).from.t
  0840: 6865 2053 4350 2068 6f73 7420 746f 2064  he.SCP.host.to.d
  0850: 6f77 6e6c 6f61 642e 7769 6e64 6f77 7375  ownload.windowsu
  0860: 7064 6174 652e 636f 6d20 6f6e 2065 7665  pdate.com.on.eve
  0870: 7279 2066 6972 6577 616c 6c20 696e 2074  ry.firewall.in.t
  0880: 6865 2070 6174 682e 2c2c 2c2c 2c53 4350  he.path.,,,,,SCP
  0890: 3031 2c31 302e 3230 2e34 2e31 372c 626c  01,10.20.4.17,bl
  08a0: 6f63 6b65 642c 434f 4e4e 4543 545f 5245  ocked,CONNECT_RE
  08b0: 4655 5345 442c 7361 6d65 2d72 6f75 7465  FUSED,same-route
  08c0: 2c22 4e6f 7420 7072 6f78 6965 6420 2874  ,"Not.proxied.(t
  08d0: 6865 2072 6f75 7465 2069 7320 6469 7265  he.route.is.dire
  08e0: 6374 292c 2073 6f20 7468 6520 6469 7265  ct),.so.the.dire
  08f0: 6374 2070 726f 6265 2074 6f6f 6b20 7468  ct.probe.took.th
  0900: 6520 7361 6d65 2070 6174 683a 2074 6865  e.same.path:.the
  0910: 2072 756c 6520 6265 6c6f 6e67 7320 6f6e  .rule.belongs.on
  0920: 2074 6865 2053 4350 2068 6f73 7427 7320  .the.SCP.host's.
  0930: 6567 7265 7373 2e22 0d0a 636d 6269 7473  egress."..cmbits
  0940: 7374 6f72 652e 626c 6f62 2e63 6f72 652e  store.blob.core.
  0950: 7769 6e64 6f77 732e 6e65 742c 636d 6269  windows.net,cmbi
  0960: 7473 7374 6f72 652e 626c 6f62 2e63 6f72  tsstore.blob.cor
  0970: 652e 7769 6e64 6f77 732e 6e65 742c 3434  e.windows.net,44
  0980: 332c 5443 502c 4854 5450 532c 5570 6461  3,TCP,HTTPS,Upda
  0990: 7465 7320 616e 6420 7365 7276 6963 696e  tes.and.servicin
  09a0: 672c 5343 5020 686f 7374 2065 6772 6573  g,SCP.host.egres
  09b0: 732c 2c62 6c6f 636b 6564 2c42 6c6f 636b  s,,blocked,Block
  09c0: 6564 2c54 4c53 5f43 4552 545f 4558 5049  ed,TLS_CERT_EXPI
  09d0: 5245 442c 544c 535f 4345 5254 5f45 5850  RED,TLS_CERT_EXP
  09e0: 4952 4544 2c63 6d62 6974 7373 746f 7265  IRED,cmbitsstore
  09f0: 2e62 6c6f 622e 636f 7265 2e77 696e 646f  .blob.core.windo
  0a00: 7773 2e6e 6574 2c54 6869 7320 686f 7374  ws.net,This.host
  0a10: 2773 2063 6c6f 636b 2069 7320 7269 6768  's.clock.is.righ
  0a20: 743a 2066 696e 6420 7468 6520 6465 7669  t:.find.the.devi
  0a30: 6365 2070 7265 7365 6e74 696e 6720 616e  ce.presenting.an
  0a40: 2065 7870 6972 6564 2063 6572 7469 6669  .expired.certifi
  0a50: 6361 7465 2066 6f72 2063 6d62 6974 7373  cate.for.cmbitss
  0a60: 746f 7265 2e62 6c6f 622e 636f 7265 2e77  tore.blob.core.w
  0a70: 696e 646f 7773 2e6e 6574 2e2c 2c2c 2c2c  indows.net.,,,,,
  0a80: 5343 5030 312c 3130 2e32 302e 342e 3137  SCP01,10.20.4.17
  0a90: 2c62 6c6f 636b 6564 2c54 4c53 5f43 4552  ,blocked,TLS_CER
  0aa0: 545f 4558 5049 5245 442c 7361 6d65 2d72  T_EXPIRED,same-r
  0ab0: 6f75 7465 2c22 4e6f 7420 7072 6f78 6965  oute,"Not.proxie
  0ac0: 6420 2874 6865 2072 6f75 7465 2069 7320  d.(the.route.is.
  0ad0: 6469 7265 6374 292c 2073 6f20 7468 6520  direct),.so.the.
  0ae0: 6469 7265 6374 2070 726f 6265 2074 6f6f  direct.probe.too
  0af0: 6b20 7468 6520 7361 6d65 2070 6174 683a  k.the.same.path:
  0b00: 2074 6865 2072 756c 6520 6265 6c6f 6e67  .the.rule.belong
  0b10: 7320 6f6e 2074 6865 2053 4350 2068 6f73  s.on.the.SCP.hos
  0b20: 7427 7320 6567 7265 7373 2e22 0d0a 6d61  t's.egress."..ma
  0b30: 6e61 6765 6d65 6e74 2e61 7a75 7265 2e63  nagement.azure.c
  0b40: 6f6d 2c6d 616e 6167 656d 656e 742e 617a  om,management.az
  0b50: 7572 652e 636f 6d2c 3434 332c 5443 502c  ure.com,443,TCP,
  0b60: 4854 5450 532c 417a 7572 6520 7365 7276  HTTPS,Azure.serv
  0b70: 6963 6573 2028 7075 626c 6963 2063 6c6f  ices.(public.clo
  0b80: 7564 292c 5072 6f78 7920 6874 7470 3a2f  ud),Proxy.http:/
  0b90: 2f70 726f 7879 2e63 6f6e 746f 736f 2e63  /proxy.contoso.c
  0ba0: 6f6d 3a38 3038 302c 6874 7470 3a2f 2f70  om:8080,http://p
  0bb0: 726f 7879 2e63 6f6e 746f 736f 2e63 6f6d  roxy.contoso.com
  0bc0: 3a38 3038 302c 626c 6f63 6b65 642c 426c  :8080,blocked,Bl
  0bd0: 6f63 6b65 642c 5052 4f58 595f 5550 5354  ocked,PROXY_UPST
  0be0: 5245 414d 5f46 4149 4c45 442c 5052 4f58  REAM_FAILED,PROX
  0bf0: 595f 5550 5354 5245 414d 5f46 4149 4c45  Y_UPSTREAM_FAILE
  0c00: 442c 6d61 6e61 6765 6d65 6e74 2e61 7a75  D,management.azu
  0c10: 7265 2e63 6f6d 2c41 6c6c 6f77 2070 726f  re.com,Allow.pro
  0c20: 7879 2068 7474 703a 2f2f 7072 6f78 792e  xy.http://proxy.
  0c30: 636f 6e74 6f73 6f2e 636f 6d3a 3830 3830  contoso.com:8080
  0c40: 2074 6f20 7265 736f 6c76 6520 616e 6420  .to.resolve.and.
  0c50: 7265 6163 6820 6d61 6e61 6765 6d65 6e74  reach.management
  0c60: 2e61 7a75 7265 2e63 6f6d 206f 6e20 5443  .azure.com.on.TC
  0c70: 5020 3434 3320 2848 5454 5053 292e 2c2c  P.443.(HTTPS).,,
  0c80: 2c2c 2c53 4350 3031 2c2c 6f70 656e 2c2c  ,,,SCP01,,open,,
  0c90: 6469 7265 6374 2d6f 6e6c 792c 2257 6f72  direct-only,"Wor
  0ca0: 6b73 2064 6972 6563 7420 6275 7420 6e6f  ks.direct.but.no
  0cb0: 7420 7468 726f 7567 6820 7468 6520 7072  t.through.the.pr
  0cc0: 6f78 793a 2074 6865 2053 4350 2067 6f65  oxy:.the.SCP.goe
  0cd0: 7320 7468 726f 7567 6820 7468 6520 7072  s.through.the.pr
  0ce0: 6f78 792c 2073 6f20 7468 6520 7275 6c65  oxy,.so.the.rule
  0cf0: 2062 656c 6f6e 6773 206f 6e20 7468 6520  .belongs.on.the.
  0d00: 7072 6f78 792e 2054 6865 2053 4350 2068  proxy..The.SCP.h
  0d10: 6f73 7427 7320 6f77 6e20 7061 7468 2069  ost's.own.path.i
  0d20: 7320 6120 6279 7061 7373 2074 6861 7420  s.a.bypass.that.
  0d30: 6d61 7920 6265 2075 6e69 6e74 656e 6465  may.be.unintende
  0d40: 642e 220d 0a2a 2e61 6b61 6d61 6965 6467  d."..*.akamaiedg
  0d50: 652e 6e65 742c 2a2e 616b 616d 6169 6564  e.net,*.akamaied
  0d60: 6765 2e6e 6574 2c34 3433 2c54 4350 2c48  ge.net,443,TCP,H
  0d70: 5454 5053 2c55 7064 6174 6573 2061 6e64  TTPS,Updates.and
  0d80: 2073 6572 7669 6369 6e67 2c50 726f 7879  .servicing,Proxy
  0d90: 2068 7474 703a 2f2f 7072 6f78 792e 636f  .http://proxy.co
  0da0: 6e74 6f73 6f2e 636f 6d3a 3830 3830 2c68  ntoso.com:8080,h
  0db0: 7474 703a 2f2f 7072 6f78 792e 636f 6e74  ttp://proxy.cont
  0dc0: 6f73 6f2e 636f 6d3a 3830 3830 2c75 6e74  oso.com:8080,unt
  0dd0: 6573 7465 642c 4e6f 7420 7465 7374 6564  ested,Not.tested
  0de0: 2c57 494c 4443 4152 445f 554e 5445 5354  ,WILDCARD_UNTEST
  0df0: 4544 2c57 494c 4443 4152 445f 554e 5445  ED,WILDCARD_UNTE
  0e00: 5354 4544 2c2c 2241 6c6c 6f77 202a 2e61  STED,,"Allow.*.a
  0e10: 6b61 6d61 6965 6467 652e 6e65 7420 6f6e  kamaiedge.net.on
  0e20: 2054 4350 2034 3433 2028 4854 5450 5329  .TCP.443.(HTTPS)
  0e30: 2062 7920 4651 444e 2070 6174 7465 726e  .by.FQDN.pattern
  0e40: 2061 7320 646f 6375 6d65 6e74 6564 3b20  .as.documented;.
  0e50: 6e6f 2063 6f6e 6372 6574 6520 686f 7374  no.concrete.host
  0e60: 2069 7320 6b6e 6f77 6e2c 2073 6f20 6974  .is.known,.so.it
  0e70: 2063 6f75 6c64 206e 6f74 2062 6520 7072  .could.not.be.pr
  0e80: 6f62 6564 2e22 2c2c 2c2c 2c53 4350 3031  obed.",,,,,SCP01
  0e90: 2c2c 2c2c 2c0d 0a2a 2d75 6d77 6174 736f  ,,,,,..*-umwatso
  0ea0: 6e63 2e65 7665 6e74 732e 6461 7461 2e6d  nc.events.data.m
  0eb0: 6963 726f 736f 6674 2e63 6f6d 2c2a 2d75  icrosoft.com,*-u
  0ec0: 6d77 6174 736f 6e63 2e65 7665 6e74 732e  mwatsonc.events.
  0ed0: 6461 7461 2e6d 6963 726f 736f 6674 2e63  data.microsoft.c
  0ee0: 6f6d 2c34 3433 2c54 4350 2c48 5454 5053  om,443,TCP,HTTPS
  0ef0: 2c55 7064 6174 6573 2061 6e64 2073 6572  ,Updates.and.ser
  0f00: 7669 6369 6e67 2c50 726f 7879 2068 7474  vicing,Proxy.htt
  0f10: 703a 2f2f 7072 6f78 792e 636f 6e74 6f73  p://proxy.contos
  0f20: 6f2e 636f 6d3a 3830 3830 2c68 7474 703a  o.com:8080,http:
  0f30: 2f2f 7072 6f78 792e 636f 6e74 6f73 6f2e  //proxy.contoso.
  0f40: 636f 6d3a 3830 3830 2c75 6e74 6573 7465  com:8080,unteste
  0f50: 642c 4e6f 7420 7465 7374 6564 2c57 494c  d,Not.tested,WIL
  0f60: 4443 4152 445f 554e 5445 5354 4544 2c57  DCARD_UNTESTED,W
  0f70: 494c 4443 4152 445f 554e 5445 5354 4544  ILDCARD_UNTESTED
  0f80: 2c2c 2241 6c6c 6f77 202a 2d75 6d77 6174  ,,"Allow.*-umwat
  0f90: 736f 6e63 2e65 7665 6e74 732e 6461 7461  sonc.events.data
  0fa0: 2e6d 6963 726f 736f 6674 2e63 6f6d 206f  .microsoft.com.o
  0fb0: 6e20 5443 5020 3434 3320 2848 5454 5053  n.TCP.443.(HTTPS
  0fc0: 2920 6279 2046 5144 4e20 7061 7474 6572  ).by.FQDN.patter
  0fd0: 6e20 6173 2064 6f63 756d 656e 7465 643b  n.as.documented;
  0fe0: 206e 6f20 636f 6e63 7265 7465 2068 6f73  .no.concrete.hos
  0ff0: 7420 6973 206b 6e6f 776e 2c20 736f 2069  t.is.known,.so.i
  1000: 7420 636f 756c 6420 6e6f 7420 6265 2070  t.could.not.be.p
  1010: 726f 6265 642e 222c 2c2c 2c2c 5343 5030  robed.",,,,,SCP0
  1020: 312c 2c2c 2c2c 0d0a 676f 2e6d 6963 726f  1,,,,,..go.micro
  1030: 736f 6674 2e63 6f6d 2c67 6f2e 6d69 6372  soft.com,go.micr
  1040: 6f73 6f66 742e 636f 6d2c 3434 332c 5443  osoft.com,443,TC
  1050: 502c 4854 5450 532c 4765 6e65 7261 6c2c  P,HTTPS,General,
  1060: 5343 5020 686f 7374 2065 6772 6573 732c  SCP.host.egress,
  1070: 2c6f 7065 6e2c 4f70 656e 2c2c 2c67 6f2e  ,open,Open,,,go.
  1080: 6d69 6372 6f73 6f66 742e 636f 6d2c 2252  microsoft.com,"R
  1090: 6564 6972 6563 7473 2061 6c73 6f20 7265  edirects.also.re
  10a0: 6163 6820 7777 772e 6d69 6372 6f73 6f66  ach.www.microsof
  10b0: 742e 636f 6d2c 2077 6869 6368 2074 6865  t.com,.which.the
  10c0: 2064 6f63 756d 656e 7461 7469 6f6e 2064  .documentation.d
  10d0: 6f65 7320 6e6f 7420 6c69 7374 3a20 616c  oes.not.list:.al
  10e0: 6c6f 7720 6974 2074 6f6f 2e22 2c2c 2c2c  low.it.too.",,,,
  10f0: 2c53 4350 3031 2c31 302e 3230 2e34 2e31  ,SCP01,10.20.4.1
  1100: 372c 6f70 656e 2c2c 7361 6d65 2d72 6f75  7,open,,same-rou
  1110: 7465 2c22 4e6f 7420 7072 6f78 6965 6420  te,"Not.proxied.
  1120: 2874 6865 2072 6f75 7465 2069 7320 6469  (the.route.is.di
  1130: 7265 6374 292c 2073 6f20 7468 6520 6469  rect),.so.the.di
  1140: 7265 6374 2070 726f 6265 2074 6f6f 6b20  rect.probe.took.
  1150: 7468 6520 7361 6d65 2070 6174 683a 2074  the.same.path:.t
  1160: 6865 2072 756c 6520 6265 6c6f 6e67 7320  he.rule.belongs.
  1170: 6f6e 2074 6865 2053 4350 2068 6f73 7427  on.the.SCP.host'
  1180: 7320 6567 7265 7373 2e22 0d0a 6874 7470  s.egress."..http
  1190: 733a 2f2f 676f 2e6d 6963 726f 736f 6674  s://go.microsoft
  11a0: 2e63 6f6d 2f66 776c 696e 6b2f 3f4c 696e  .com/fwlink/?Lin
  11b0: 6b49 443d 3631 3938 3439 2c67 6f2e 6d69  kID=619849,go.mi
  11c0: 6372 6f73 6f66 742e 636f 6d2c 3434 332c  crosoft.com,443,
  11d0: 5443 502c 4854 5450 532c 5769 6e64 6f77  TCP,HTTPS,Window
  11e0: 7320 7365 7276 6963 696e 672c 5343 5020  s.servicing,SCP.
  11f0: 686f 7374 2065 6772 6573 732c 2c6f 7065  host.egress,,ope
  1200: 6e2c 4f70 656e 2c2c 2c67 6f2e 6d69 6372  n,Open,,,go.micr
  1210: 6f73 6f66 742e 636f 6d2c 2252 6564 6972  osoft.com,"Redir
  1220: 6563 7473 2061 6c73 6f20 7265 6163 6820  ects.also.reach.
  1230: 736f 6674 7761 7265 2d73 7461 7469 632e  software-static.
  1240: 646f 776e 6c6f 6164 2e70 7273 732e 6d69  download.prss.mi
  1250: 6372 6f73 6f66 742e 636f 6d2c 2077 6869  crosoft.com,.whi
  1260: 6368 2074 6865 2064 6f63 756d 656e 7461  ch.the.documenta
  1270: 7469 6f6e 2064 6f65 7320 6e6f 7420 6c69  tion.does.not.li
  1280: 7374 3a20 616c 6c6f 7720 6974 2074 6f6f  st:.allow.it.too
  1290: 2e22 2c2c 2c2c 2c53 4350 3031 2c31 302e  .",,,,,SCP01,10.
  12a0: 3230 2e34 2e31 372c 6f70 656e 2c2c 7361  20.4.17,open,,sa
  12b0: 6d65 2d72 6f75 7465 2c22 4e6f 7420 7072  me-route,"Not.pr
  12c0: 6f78 6965 6420 2874 6865 2072 6f75 7465  oxied.(the.route
  12d0: 2069 7320 6469 7265 6374 292c 2073 6f20  .is.direct),.so.
  12e0: 7468 6520 6469 7265 6374 2070 726f 6265  the.direct.probe
  12f0: 2074 6f6f 6b20 7468 6520 7361 6d65 2070  .took.the.same.p
  1300: 6174 683a 2074 6865 2072 756c 6520 6265  ath:.the.rule.be
  1310: 6c6f 6e67 7320 6f6e 2074 6865 2053 4350  longs.on.the.SCP
  1320: 2068 6f73 7427 7320 6567 7265 7373 2e22  .host's.egress."
  1330: 0d0a 646f 776e 6c6f 6164 2e6d 6963 726f  ..download.micro
  1340: 736f 6674 2e63 6f6d 2c64 6f77 6e6c 6f61  soft.com,downloa
  1350: 642e 6d69 6372 6f73 6f66 742e 636f 6d2c  d.microsoft.com,
  1360: 3434 332c 5443 502c 4854 5450 532c 5570  443,TCP,HTTPS,Up
  1370: 6461 7465 7320 616e 6420 7365 7276 6963  dates.and.servic
  1380: 696e 673b 2057 696e 646f 7773 2073 6572  ing;.Windows.ser
  1390: 7669 6369 6e67 2c53 4350 2068 6f73 7420  vicing,SCP.host.
  13a0: 6567 7265 7373 2c2c 6f70 656e 2c4f 7065  egress,,open,Ope
  13b0: 6e2c 2c2c 646f 776e 6c6f 6164 2e6d 6963  n,,,download.mic
  13c0: 726f 736f 6674 2e63 6f6d 2c4e 6f6e 652e  rosoft.com,None.
  13d0: 2c2c 2c2c 2c53 4350 3031 2c31 302e 3230  ,,,,,SCP01,10.20
  13e0: 2e34 2e31 372c 6f70 656e 2c2c 7361 6d65  .4.17,open,,same
  13f0: 2d72 6f75 7465 2c22 4e6f 7420 7072 6f78  -route,"Not.prox
  1400: 6965 6420 2874 6865 2072 6f75 7465 2069  ied.(the.route.i
  1410: 7320 6469 7265 6374 292c 2073 6f20 7468  s.direct),.so.th
  1420: 6520 6469 7265 6374 2070 726f 6265 2074  e.direct.probe.t
  1430: 6f6f 6b20 7468 6520 7361 6d65 2070 6174  ook.the.same.pat
  1440: 683a 2074 6865 2072 756c 6520 6265 6c6f  h:.the.rule.belo
  1450: 6e67 7320 6f6e 2074 6865 2053 4350 2068  ngs.on.the.SCP.h
  1460: 6f73 7427 7320 6567 7265 7373 2e22 0d0a  ost's.egress."..
  1470: 756d 7761 7473 6f6e 632e 6576 656e 7473  umwatsonc.events
  1480: 2e64 6174 612e 6d69 6372 6f73 6f66 742e  .data.microsoft.
  1490: 636f 6d2c 756d 7761 7473 6f6e 632e 6576  com,umwatsonc.ev
  14a0: 656e 7473 2e64 6174 612e 6d69 6372 6f73  ents.data.micros
  14b0: 6f66 742e 636f 6d2c 3434 332c 5443 502c  oft.com,443,TCP,
  14c0: 4854 5450 532c 5570 6461 7465 7320 616e  HTTPS,Updates.an
  14d0: 6420 7365 7276 6963 696e 672c 5072 6f78  d.servicing,Prox
  14e0: 7920 6874 7470 3a2f 2f70 726f 7879 2e63  y.http://proxy.c
  14f0: 6f6e 746f 736f 2e63 6f6d 3a38 3038 302c  ontoso.com:8080,
  1500: 6874 7470 3a2f 2f70 726f 7879 2e63 6f6e  http://proxy.con
  1510: 746f 736f 2e63 6f6d 3a38 3038 302c 6f70  toso.com:8080,op
  1520: 656e 2c4f 7065 6e2c 2c2c 756d 7761 7473  en,Open,,,umwats
  1530: 6f6e 632e 6576 656e 7473 2e64 6174 612e  onc.events.data.
  1540: 6d69 6372 6f73 6f66 742e 636f 6d2c 4e6f  microsoft.com,No
  1550: 6e65 2e2c 2c2c 2c2c 5343 5030 312c 2c6f  ne.,,,,,SCP01,,o
  1560: 7065 6e2c 2c62 6f74 682c 2257 6f72 6b73  pen,,both,"Works
  1570: 2064 6972 6563 7420 746f 6f3a 2062 6573  .direct.too:.bes
  1580: 6964 6573 2074 6865 2070 726f 7879 2c20  ides.the.proxy,.
  1590: 7468 6520 5343 5020 686f 7374 2068 6173  the.SCP.host.has
  15a0: 2069 7473 206f 776e 2070 6174 6820 746f  .its.own.path.to
  15b0: 2074 6869 7320 6465 7374 696e 6174 696f  .this.destinatio
  15c0: 6e2c 2061 2062 7970 6173 7320 7468 6174  n,.a.bypass.that
  15d0: 206d 6179 2062 6520 756e 696e 7465 6e64  .may.be.unintend
  15e0: 6564 2e20 5468 6520 7275 6c65 2074 6865  ed..The.rule.the
  15f0: 2053 4350 2075 7365 7320 6973 206f 6e20  .SCP.uses.is.on.
  1600: 7468 6520 7072 6f78 792e 220d 0a         the.proxy."..
>
`

exports[`test/report/direct.test.ts > TAP > html snapshot (lab report with --compare-direct results) > must match snapshot 1`] = `
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="scp-preflight">
<title>SCP readiness: NOT READY — SCP01 — 2025-03-14</title>
<style>
:root {
  --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b3d91;
  --pass: #1a7f37; --pass-bg: #dafbe1; --warn: #8a5a00; --warn-bg: #fff1c2; --fail: #b3141f; --fail-bg: #ffe3e3;
  --skip: #4a535c; --skip-bg: #eaeef2; --waived: #6639ba; --waived-bg: #efe7ff;
  --dns: #0e7490; --proxy: #7c3aed; --connect: #2563eb; --tls: #c2410c; --http: #15803d;
  --mono: ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 22px; margin: 0; letter-spacing: .01em; }
h2 { font-size: 18px; margin: 36px 0 6px; padding-bottom: 6px; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 15px; margin: 22px 0 6px; }
p { margin: 6px 0; }
a { color: var(--accent); }
/* Never under 12 px on screen (9 pt in print): monospace at .92em of a 13 px table would be 11.96 px. */
code, .mono { font-family: var(--mono); font-size: max(.92em, 12px); }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.lead { color: var(--muted); margin: 0 0 12px; max-width: 80ch; }
.wrap { overflow-wrap: anywhere; word-break: break-word; }
/* Host names and URLs (escape.ts breakable): line breaks only at the <wbr> after dots and slashes, never inside a label. */
.host { overflow-wrap: normal; word-break: keep-all; }
.nb { white-space: nowrap; }

/* Title bar and verdict */
.titlebar { display: flex; justify-content: space-between; align-items: baseline; gap: 16px; flex-wrap: wrap;
  border-bottom: 1px solid var(--line); padding-bottom: 10px; }
.titlebar .sub { color: var(--muted); font-size: 13px; }
.simulation { margin: 12px 0 0; padding: 8px 12px; border: 2px dashed var(--warn); background: var(--warn-bg); font-weight: 600; }
.verdict { display: flex; gap: 20px; align-items: center; margin: 16px 0 12px; padding: 16px 20px; border-radius: 6px;
  border: 2px solid; border-left-width: 12px; }
.verdict .word { font-size: 28px; font-weight: 800; letter-spacing: .04em; white-space: nowrap; }
.verdict .why { font-size: 14px; }
.verdict-ready { border-color: var(--pass); background: var(--pass-bg); color: #0f5323; }
.verdict-warn { border-color: var(--warn); background: var(--warn-bg); color: #5c3c00; }
.verdict-fail { border-color: var(--fail); background: var(--fail-bg); color: #82071e; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; margin: 0 0 14px; }
.tile { border: 1px solid var(--line); border-top: 4px solid; border-radius: 4px; padding: 8px 12px; }
.tile .n { font-size: 24px; font-weight: 700; line-height: 1.1; }
.tile .l { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.tile-pass { border-top-color: var(--pass); } .tile-warn { border-top-color: var(--warn); }
.tile-fail { border-top-color: var(--fail); } .tile-skip { border-top-color: var(--skip); }
.tile-waived { border-top-color: var(--waived); }
.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 14px; margin: 0; font-size: 13px; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
nav.toc { margin: 16px 0 0; font-size: 13px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 0; list-style: none; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 8px 0 4px; font-size: 13px; table-layout: auto; }
caption { text-align: left; color: var(--muted); font-size: 12px; padding: 0 0 6px; caption-side: top; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; word-break: break-word; }
thead th { background: var(--soft); border-bottom: 2px solid #afb8c1; font-size: 12px; text-transform: uppercase;
  letter-spacing: .04em; color: #3d444d; white-space: nowrap; }
table.fixed { table-layout: fixed; }
table.fixed thead th { white-space: normal; }
tbody th { font-weight: 600; }
tbody th .small, tbody th .muted, tbody th .probed { font-weight: 400; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.row-fail > :first-child { box-shadow: inset 4px 0 0 var(--fail); }
tr.row-warn > :first-child { box-shadow: inset 4px 0 0 var(--warn); }
tr.row-waived > :first-child { box-shadow: inset 4px 0 0 var(--waived); }
tr.row-skip > :first-child { box-shadow: inset 4px 0 0 var(--skip); }
.dest { font-family: var(--mono); font-size: 12.5px; font-weight: 600; }
.probed { font-family: var(--mono); font-size: 12px; color: var(--muted); }
.nowrap { white-space: nowrap; }

/* Status badges: symbol + word + colour + border style, so they survive greyscale printing */
.badge { display: inline-block; min-width: 4.6em; padding: 1px 6px; border: 1.5px solid; border-radius: 3px;
  font-size: 12px; font-weight: 700; letter-spacing: .05em; text-align: center; white-space: nowrap; }
.badge-pass { color: var(--pass); background: var(--pass-bg); }
.badge-warn { color: var(--warn); background: var(--warn-bg); border-style: dashed; }
.badge-fail { color: var(--fail); background: var(--fail-bg); border-width: 2px; }
.badge-skip { color: var(--skip); background: var(--skip-bg); border-style: dotted; }
.badge-waived { color: var(--waived); background: var(--waived-bg); border-style: double; border-width: 3px; }
/* A code is one word a reader searches for: it never wraps (columns holding codes are sized for the longest). */
.code { display: inline-block; font-family: var(--mono); font-size: 12px; font-weight: 700; padding: 0 4px;
  border: 1px solid var(--line); border-radius: 3px; background: var(--soft); white-space: nowrap; overflow-wrap: normal; }
.finding p { margin: 3px 0; }
.fix { border-left: 3px solid var(--accent); padding-left: 8px; }
.fix::before { content: "Fix: "; font-weight: 700; }
.meaning { color: var(--muted); font-size: 12px; }
.waiver { border: 1px dashed var(--waived); background: #faf7ff; padding: 4px 8px; margin-top: 4px; font-size: 12px; }
.waiver.expired { border-color: var(--fail); background: #fff6f6; }
details > summary { cursor: pointer; font-weight: 600; color: var(--accent); margin: 8px 0; }
ul.notes { margin: 4px 0 0; padding-left: 18px; color: var(--muted); font-size: 12px; }

/* Waterfall: one bar per result on a scale shared by the whole report */
.wf { position: relative; height: 12px; width: 100%; min-width: 120px; background: var(--soft); border: 1px solid var(--line);
  border-radius: 2px; overflow: hidden; }
.wf span { position: absolute; top: 0; bottom: 0; min-width: 2px; border-right: 1px solid #fff; }
.wf .s-dns { background: var(--dns); } .wf .s-proxy { background: var(--proxy); } .wf .s-connect { background: var(--connect); }
.wf .s-tls { background: var(--tls); } .wf .s-http { background: var(--http); }
.wf span.bad { background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.55) 0 3px, transparent 3px 6px); }
.wf-legend { font-size: 12px; color: var(--muted); font-family: var(--mono); margin-top: 3px; white-space: normal; }
.wf-legend b { font-weight: 700; color: var(--ink); }
.key { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; color: var(--muted); margin: 4px 0 8px; }
.key i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.key .bad { background: var(--fail); background-image: repeating-linear-gradient(45deg, rgba(255,255,255,.55) 0 3px, transparent 3px 6px); }

/* Rule findings */
.rule { border: 1px solid var(--line); border-left: 6px solid var(--skip); border-radius: 4px; padding: 10px 14px; margin: 12px 0; }
.rule.st-pass { border-left-color: var(--pass); } .rule.st-warn { border-left-color: var(--warn); }
.rule.st-fail { border-left-color: var(--fail); } .rule.st-waived { border-left-color: var(--waived); }
.rule h3 { margin: 0 0 4px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.rule .rid { font-family: var(--mono); font-size: 13px; color: var(--muted); }
pre { font-family: var(--mono); font-size: 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 3px;
  padding: 6px 8px; margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.evfile { font-size: 12px; color: var(--muted); margin-top: 6px; }
ol.steps { margin: 4px 0; padding-left: 22px; }

/* Appendix */
.chain { margin: 4px 0 14px; }
.chain td:first-child { width: 2.2em; }
.fp { font-family: var(--mono); font-size: 12px; overflow-wrap: anywhere; }
.arrow { color: var(--muted); padding: 0 3px; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }

@media screen and (max-width: 820px) {
  main { padding: 16px; } .tiles { grid-template-columns: repeat(3, 1fr); } .facts { grid-template-columns: max-content 1fr; }
  thead th { white-space: normal; }
}
/* Up to 1040 px the seven columns of the change request (two of them holding codes) do not fit side by side. Wider,
   the tables lay out automatically: a column is never narrower than its longest code or host label. */
@media screen and (max-width: 1040px) {
  table.stack, table.stack > tbody { display: block; width: auto; }
  table.stack > thead, table.stack > colgroup { display: none; }
  table.stack > caption { display: block; }
  table.stack > tbody > tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(13em, 1fr)); border: 1px solid var(--line);
    border-radius: 4px; margin: 0 0 8px; padding: 4px 0; break-inside: avoid; }
  table.stack > tbody > tr > * { display: block; width: auto; min-width: 0; border: 0; padding: 3px 10px; }
  table.stack > tbody > tr > *.wide { grid-column: 1 / -1; }
  table.stack > tbody > tr > *[data-label]::before { content: attr(data-label); display: block; font-size: 12px; font-weight: 700;
    color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
}

/* Print: A4, nothing under 9 pt (12 px) so a printed change request stays legible; folded details stay folded. */
@page { size: A4; margin: 13mm 11mm 15mm;
  @bottom-left { content: "scp-preflight readiness report"; font: 9pt system-ui, sans-serif; color: #59636e; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #59636e; } }
.print-only { display: none; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  .print-only { display: block; }
  h2 { font-size: 14pt; margin-top: 18px; }
  section.page { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  table { font-size: 9pt; }
  .code, .badge, .small, .probed, .dest, .wf-legend, .key, .meaning, .fp, caption, thead th, ul.notes, .waiver, .placement { font-size: 9pt; }
  .badge { min-width: 0; padding: 0 3px; }
  thead { display: table-header-group; }
  tr, .rule, pre, .verdict, .tiles, .wf { break-inside: avoid; }
  th, td { padding: 4px 5px; }
  a { color: inherit; text-decoration: none; }
  .wf { min-width: 0; }
  details:not([open]) > :not(summary) { display: none; }
  table.stack-print, table.stack-print > tbody { display: block; width: auto; }
  table.stack-print > thead, table.stack-print > colgroup { display: none; }
  table.stack-print > caption { display: block; }
  table.stack-print > tbody > tr { display: grid; grid-template-columns: repeat(auto-fill, minmax(13em, 1fr)); border: 1px solid var(--line);
    border-radius: 4px; margin: 0 0 8px; padding: 4px 0; break-inside: avoid; }
  table.stack-print > tbody > tr > * { display: block; width: auto; min-width: 0; border: 0; padding: 3px 10px; }
  table.stack-print > tbody > tr > *.wide { grid-column: 1 / -1; }
  table.stack-print > tbody > tr > *[data-label]::before { content: attr(data-label); display: block; font-size: 12px; font-weight: 700;
    color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
}

/* --compare-direct: the direct probe next to the SCP's route */
.cmp { border-top: 1px dotted var(--line); margin-top: 6px; padding-top: 4px; }
.cmp-sides { display: flex; flex-wrap: wrap; gap: 4px 16px; }
.cmp-h { font-size: 12px; font-weight: 700; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.cmp-kind { font-size: 12px; font-weight: 600; margin-top: 3px; }
.cmp-both, .cmp-direct-only { color: var(--warn); }
.cmp-same-route, .cmp-untested { color: var(--muted); font-weight: 400; }
.placement { border: 1px dotted var(--accent); background: var(--soft); padding: 4px 8px; margin-top: 4px; font-size: 12px; }
.placement.cmp-both, .placement.cmp-direct-only { border: 1px dashed var(--warn); background: var(--warn-bg); color: var(--ink); }
</style>
</head>
<body>
<main>
<header>
<div class="titlebar">
  <h1>Service connection point readiness report</h1>
  <div class="sub">Configuration Manager · internet endpoints and prerequisites</div>
</div>

<section class="verdict verdict-fail" aria-label="Verdict">
  <div class="word">NOT READY</div>
  <div class="why">7 failures and 2 warnings must be resolved before the service connection point can work.</div>
</section>

<div class="tiles" role="list" aria-label="Result counts">
  <div class="tile tile-fail"><div class="n">7</div><div class="l">Fail</div><div class="small muted">6 endpoint results, 1 rule</div></div><div class="tile tile-warn"><div class="n">2</div><div class="l">Warn</div><div class="small muted">1 endpoint result, 1 rule</div></div><div class="tile tile-waived"><div class="n">0</div><div class="l">Waived</div><div class="small muted">0 endpoint results, 0 rules</div></div><div class="tile tile-skip"><div class="n">3</div><div class="l">Skip</div><div class="small muted">2 endpoint results, 1 rule</div></div><div class="tile tile-pass"><div class="n">6</div><div class="l">Pass</div><div class="small muted">5 endpoint results, 1 rule</div></div>
</div>
<dl class="facts">
  <dt>Checked from</dt><dd><span class="mono">SCP01</span> <span class="muted">(win32 x64 (Windows Server 2022), Node v20.20.2)</span></dd>
  <dt>When</dt><dd><time> <span class="muted">· 8.8 s</span></dd>
  <dt>Endpoint list</dt><dd>edition <b>current</b> — <a href="https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints">Internet access requirements (Configuration Manager)</a> (2025-01-01)</dd>
  <dt>Counted</dt><dd>11 probes (host × port × route) answered 14 endpoint results (entry × port × group × sample host) for 12 firewall rows (entry × port).</dd>
  <dt>Route</dt><dd class="wrap">direct (NO_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)</dd>
  <dt>Groups</dt><dd>General, Updates and servicing, Windows servicing, Azure services (public cloud)</dd>
  <dt>DNS servers</dt><dd class="mono">10.20.0.53:53, 10.20.0.54:53</dd>
  <dt>Options</dt><dd>timeout 8000 ms, deadline 120 s, concurrency 32</dd>
  <dt>Tool</dt><dd>scp-preflight 0.1.0 <span class="muted">· report schema v1</span></dd>
</dl>
<nav class="toc" aria-label="Contents"><ol><li><a href="#firewall">1. Firewall change request</a></li><li><a href="#endpoints">2. Endpoint results</a></li><li><a href="#rules">3. Prerequisite rules</a></li><li><a href="#appendix">4. Appendix: evidence</a></li></ol></nav>
</header>
<section id="firewall" aria-labelledby="firewall-h">
<h2 id="firewall-h">Firewall change request</h2>
<p class="lead">Every destination the documentation lists for the selected groups, as documented (FQDN, wildcard or URL), with
where the allow rule belongs — on the egress path of the SCP host, or on the proxy when the SCP reaches the internet through
one — who needs it (the host the probes ran on and the addresses they left from) and what the probes observed.
10 of 12 firewall rows need action.</p>
<p class="lead">This run also probed every endpoint without the proxy (<code>--compare-direct</code>); the Direct
column shows what that saw. Works only through the proxy → the rule belongs on the proxy and the SCP host needs only its path to
the proxy. Works direct too → the SCP host has its own path, a bypass that may be unintended. Fails both ways → the proxy rule
is what is needed. Of the proxied rows, 1 fail both ways, 1 also work direct (a possible bypass), 1 work only direct, not through the proxy.</p><table class="fw stack stack-print">
<caption>Firewall change request — 10 firewall rows (entry × port) needing action, edition current</caption>
<colgroup><col style="width:17%"><col style="width:7%"><col style="width:11%"><col style="width:13%"><col style="width:13%"><col style="width:13%"><col></colgroup>
<thead><tr><th scope="col">Destination</th><th scope="col">Port</th><th scope="col">Purpose</th><th scope="col">Rule belongs on</th><th scope="col">Observed (SCP route)</th><th scope="col">Direct (no proxy)</th><th scope="col">Action needed</th></tr></thead>
<tbody>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">*.<wbr>manage.<wbr>microsoft.<wbr>com</span></div><div class="probed">probed: <span class="host">sccm.<wbr>manage.<wbr>microsoft.<wbr>com</span>, <span class="host">configmgrbits.<wbr>cdn.<wbr>manage.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The proxy refused this destination by policy (403, or its own block page).">PROXY_DENIED</span></div><div><span class="code" title="The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.">TLS_INTERCEPTED</span></div></td>
<td data-label="Direct (no proxy)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span></div><div class="cmp-kind cmp-neither">✖ Fails direct too</div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow *.<wbr>manage.<wbr>microsoft.<wbr>com on TCP 443 (HTTPS) in the policy of proxy http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080.<wbr> Exempt sccm.<wbr>manage.<wbr>microsoft.<wbr>com from TLS inspection on proxy.<wbr>contoso.<wbr>com: Microsoft does not support inspection of *.<wbr>manage.<wbr>microsoft.<wbr>com.</span><div class="placement cmp-neither"><b>Direct comparison:</b> Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.</div></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The DNS server says the name does not exist.">DNS_NXDOMAIN</span></div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">Check the conditional forwarders of 10.20.0.53: a <span class="nb">split-horizon</span> cloudapp.<wbr>net zone hides the public name.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">definitionupdates.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span></div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow outbound TCP 443 (HTTPS) from the SCP host to definitionupdates.<wbr>microsoft.<wbr>com on every firewall in the path.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">download.<wbr>windowsupdate.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.">CONNECT_REFUSED</span></div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow outbound TCP 443 (HTTPS) from the SCP host to download.<wbr>windowsupdate.<wbr>com on every firewall in the path.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="A certificate in the chain has expired or is not yet valid.">TLS_CERT_EXPIRED</span></div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">This host&#39;s clock is right: find the device presenting an expired certificate for cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">management.<wbr>azure.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Azure services (public cloud)</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The proxy could not reach the endpoint (502/503/504 or a proxy timeout).">PROXY_UPSTREAM_FAILED</span></div></td>
<td data-label="Direct (no proxy)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div><div class="cmp-kind cmp-direct-only">⚠ Works only direct</div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow proxy http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080 to resolve and reach management.<wbr>azure.<wbr>com on TCP 443 (HTTPS).</span><div class="placement cmp-direct-only"><b>Direct comparison:</b> Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. The SCP host&#39;s own path is a bypass that may be unintended.</div></td>
</tr>
<tr class="row-skip">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">*.<wbr>akamaiedge.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-skip">○ SKIP</span><div class="small">Not tested</div><div><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span></div></td>
<td data-label="Direct (no proxy)"><span class="muted small">not probed</span></td>
<td class="wide" data-label="Action needed"><span class="host">Allow *.<wbr>akamaiedge.<wbr>net on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known,<wbr> so it could not be probed.</span></td>
</tr>
<tr class="row-skip">
<th scope="row" data-label="Destination"><div class="dest"><span class="host"><span class="nb">*-umwatsonc.</span><wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-skip">○ SKIP</span><div class="small">Not tested</div><div><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span></div></td>
<td data-label="Direct (no proxy)"><span class="muted small">not probed</span></td>
<td class="wide" data-label="Action needed"><span class="host">Allow <span class="nb">*-umwatsonc.</span><wbr>events.<wbr>data.<wbr>microsoft.<wbr>com on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known,<wbr> so it could not be probed.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">go.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">General</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">Redirects also reach www.<wbr>microsoft.<wbr>com,<wbr> which the documentation does not list: allow it too.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">https:/<wbr>/<wbr>go.<wbr>microsoft.<wbr>com/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Windows servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">Redirects also reach <span class="nb">software-static.</span><wbr>download.<wbr>prss.<wbr>microsoft.<wbr>com,<wbr> which the documentation does not list: allow it too.</span></td>
</tr>
</tbody>
</table>
<details class="fw-open"><summary>2 firewall rows already open — no change needed</summary>
<table class="fw stack stack-print">
<caption>Already open — 2 firewall rows (entry × port)</caption>
<colgroup><col style="width:17%"><col style="width:7%"><col style="width:11%"><col style="width:13%"><col style="width:13%"><col style="width:13%"><col></colgroup>
<thead><tr><th scope="col">Destination</th><th scope="col">Port</th><th scope="col">Purpose</th><th scope="col">Rule belongs on</th><th scope="col">Observed (SCP route)</th><th scope="col">Direct (no proxy)</th><th scope="col">Action needed</th></tr></thead>
<tbody>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">download.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing; Windows servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td data-label="Direct (no proxy)"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></td>
<td class="wide" data-label="Action needed"><span class="host">None.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed (SCP route)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td data-label="Direct (no proxy)"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div><div class="cmp-kind cmp-both">⚠ Also works direct (bypass?)</div></td>
<td class="wide" data-label="Action needed"><span class="host">None.</span><div class="placement cmp-both"><b>Direct comparison:</b> Works direct too: besides the proxy, the SCP host has its own path to this destination, a bypass that may be unintended. The rule the SCP uses is on the proxy.</div></td>
</tr>
</tbody>
</table>
</details>
</section><section id="endpoints" class="page" aria-labelledby="endpoints-h">
<h2 id="endpoints-h">Endpoint results</h2>
<p class="lead">One row per documented entry × port (× sample host for a wildcard), failures first; plain passes are folded
below. Each bar shows how long each stage took — DNS, proxy, TCP connect, TLS, HTTP — on one scale for the whole report (at
least one stage timeout, so a full bar means a timeout), so slow or timed-out hops stand out.</p>
<p class="lead">With <code>--compare-direct</code>, each finding also shows, side by side, what the same probe did
without the proxy and what that means for where the rule belongs.</p>
<div class="key" aria-hidden="true"><span><i class="wf-key s-dns" style="background:var(--dns)"></i>dns</span><span><i class="wf-key s-proxy" style="background:var(--proxy)"></i>proxy</span><span><i class="wf-key s-connect" style="background:var(--connect)"></i>connect</span><span><i class="wf-key s-tls" style="background:var(--tls)"></i>tls</span><span><i class="wf-key s-http" style="background:var(--http)"></i>http</span><span><i class="bad"></i>failed stage</span><span>full bar = 8022 ms (the longest result)</span></div>
<table class="results stack">
<caption>9 of 14 endpoint results from 11 probes need attention or carry a note</caption>
<colgroup><col style="width:12%"><col style="width:25%"><col><col style="width:21%"></colgroup>
<thead><tr><th scope="col">Status</th><th scope="col">Endpoint</th><th scope="col">Finding</th><th scope="col">Timing (ms)</th></tr></thead>
<tbody>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">*.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="probed">probed <span class="host">configmgrbits.<wbr>cdn.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The proxy refused this destination by policy (403, or its own block page).">PROXY_DENIED</span> <span class="meaning">The proxy refused this destination by policy (403, or its own block page).</span></p>
<p class="wrap">proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0).</p>
<p class="fix wrap">Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.</p>

<ul class="notes"><li>Probed through sample host: configmgrbits.cdn.manage.microsoft.com serves update content (Microsoft internet endpoints page, 2025).</li></ul>

<div class="cmp">
<div class="cmp-sides"><div><span class="cmp-h">Via http proxy</span> <span class="badge badge-fail">✖ FAIL</span> <span class="code" title="The proxy refused this destination by policy (403, or its own block page).">PROXY_DENIED</span></div><div><span class="cmp-h">Direct</span> <span class="badge badge-fail">✖ FAIL</span> <span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span></div></div>
<p class="small wrap">Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.</p>
<p class="small muted wrap">Direct: TCP connect to configmgrbits.cdn.manage.microsoft.com (13.107.246.45) port 443 got no answer in 8000 ms: a firewall drops it.</p>
</div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 9 ms"><span class="s-proxy bad" style="left:0.00%;width:0.11%"></span></div>
<div class="wf-legend">proxy <b>9</b> ✖ ms</div></td>
</tr>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The DNS server says the name does not exist.">DNS_NXDOMAIN</span> <span class="meaning">The DNS server says the name does not exist.</span></p>
<p class="wrap">DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).</p>
<p class="fix wrap">Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.</p>



<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 14 ms"><span class="s-dns bad" style="left:0.00%;width:0.17%"></span></div>
<div class="wf-legend">dns <b>14</b> ✖ ms</div></td>
</tr>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">definitionupdates.<wbr>microsoft.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span> <span class="meaning">The connection attempt got no answer in time: a firewall silently drops it.</span></p>
<p class="wrap">TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.</p>
<p class="fix wrap">Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.</p>



<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 22 ms, connect 8000 ms"><span class="s-dns" style="left:0.00%;width:0.27%"></span><span class="s-connect bad" style="left:0.27%;width:99.73%"></span></div>
<div class="wf-legend">dns <b>22</b> · connect <b>8000</b> ✖ ms</div></td>
</tr>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">download.<wbr>windowsupdate.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.">CONNECT_REFUSED</span> <span class="meaning">The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.</span></p>
<p class="wrap">TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.</p>
<p class="fix wrap">Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.</p>



<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 19 ms, connect 3 ms"><span class="s-dns" style="left:0.00%;width:0.24%"></span><span class="s-connect bad" style="left:0.24%;width:0.04%"></span></div>
<div class="wf-legend">dns <b>19</b> · connect <b>3</b> ✖ ms</div></td>
</tr>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="A certificate in the chain has expired or is not yet valid.">TLS_CERT_EXPIRED</span> <span class="meaning">A certificate in the chain has expired or is not yet valid.</span></p>
<p class="wrap">The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.</p>
<p class="fix wrap">This host&#39;s clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.</p>



<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 27 ms, connect 21 ms, tls 63 ms"><span class="s-dns" style="left:0.00%;width:0.34%"></span><span class="s-connect" style="left:0.34%;width:0.26%"></span><span class="s-tls bad" style="left:0.60%;width:0.79%"></span></div>
<div class="wf-legend">dns <b>27</b> · connect <b>21</b> · tls <b>63</b> ✖ ms</div></td>
</tr>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">management.<wbr>azure.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Azure services (public cloud)</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The proxy could not reach the endpoint (502/503/504 or a proxy timeout).">PROXY_UPSTREAM_FAILED</span> <span class="meaning">The proxy could not reach the endpoint (502/503/504 or a proxy timeout).</span></p>
<p class="wrap">proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0).</p>
<p class="fix wrap">Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.</p>



<div class="cmp">
<div class="cmp-sides"><div><span class="cmp-h">Via http proxy</span> <span class="badge badge-fail">✖ FAIL</span> <span class="code" title="The proxy could not reach the endpoint (502/503/504 or a proxy timeout).">PROXY_UPSTREAM_FAILED</span></div><div><span class="cmp-h">Direct</span> <span class="badge badge-pass">✔ PASS</span> </div></div>
<p class="small wrap">Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. The SCP host&#39;s own path is a bypass that may be unintended.</p>
<p class="small muted wrap">Direct: HTTPS 400 from management.azure.com:443 in 97 ms (any HTTP status proves reachability).</p>
</div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 2417 ms"><span class="s-proxy bad" style="left:0.00%;width:30.13%"></span></div>
<div class="wf-legend">proxy <b>2417</b> ✖ ms</div></td>
</tr>
<tr class="row-warn">
<td data-label="Status"><span class="badge badge-warn">▲ WARN</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">*.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="probed">probed <span class="host">sccm.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.">TLS_INTERCEPTED</span> <span class="meaning">The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.</span></p>
<p class="wrap">TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through &quot;Contoso TLS Inspection CA&quot; (from --ca-file): the traffic is re-signed by an inspection device.</p>
<p class="fix wrap">Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of *.manage.microsoft.com.</p>

<ul class="notes"><li>Probed through sample host: sccm.manage.microsoft.com is the service the SCP calls (seen in Dmpdownloader.log / SCP traffic).</li></ul>

<div class="cmp">
<div class="cmp-sides"><div><span class="cmp-h">Via http proxy</span> <span class="badge badge-warn">▲ WARN</span> <span class="code" title="The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.">TLS_INTERCEPTED</span></div><div><span class="cmp-h">Direct</span> <span class="badge badge-fail">✖ FAIL</span> <span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span></div></div>
<p class="small wrap">Works only through the proxy: the rule belongs on the proxy; the SCP host needs only its path to the proxy.</p>
<p class="small muted wrap">Direct: TCP connect to sccm.manage.microsoft.com (20.190.128.12) port 443 got no answer in 8000 ms: a firewall drops it.</p>
</div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 36 ms, tls 57 ms, http 88 ms"><span class="s-proxy" style="left:0.00%;width:0.45%"></span><span class="s-tls" style="left:0.45%;width:0.71%"></span><span class="s-http" style="left:1.16%;width:1.10%"></span></div>
<div class="wf-legend">proxy <b>36</b> · tls <b>57</b> · http <b>88</b> ms</div></td>
</tr>
<tr class="row-skip">
<td data-label="Status"><span class="badge badge-skip">○ SKIP</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">*.<wbr>akamaiedge.<wbr>net</span></div>
<div class="probed">no sample host</div>
<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span> <span class="meaning">A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.</span></p>
<p class="wrap">Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable.</p>
<p class="fix wrap">Allow *.akamaiedge.net on TCP 443 by FQDN pattern on the proxy.</p>



</div></td>
<td data-label="Timing (ms)"><span class="muted small">not probed</span></td>
</tr>
<tr class="row-skip">
<td data-label="Status"><span class="badge badge-skip">○ SKIP</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host"><span class="nb">*-umwatsonc.</span><wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div>
<div class="probed">no sample host</div>
<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span> <span class="meaning">A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.</span></p>
<p class="wrap">Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable.</p>
<p class="fix wrap">Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.</p>

<ul class="notes"><li>The wildcard is inside the first label: a firewall must match it by pattern, not by domain suffix.</li></ul>

</div></td>
<td data-label="Timing (ms)"><span class="muted small">not probed</span></td>
</tr>
</tbody>
</table>
<details class="folded"><summary>5 endpoint results passed — open to show them (not printed while folded)</summary>
<table class="results stack">
<caption>5 endpoint results that passed</caption>
<colgroup><col style="width:12%"><col style="width:25%"><col><col style="width:21%"></colgroup>
<thead><tr><th scope="col">Status</th><th scope="col">Endpoint</th><th scope="col">Finding</th><th scope="col">Timing (ms)</th></tr></thead>
<tbody>
<tr class="row-pass">
<td data-label="Status"><span class="badge badge-pass">✔ PASS</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">go.<wbr>microsoft.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · General</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">

<p class="wrap">HTTPS 302 from go.microsoft.com:443 in 212 ms.</p>

<p class="small"><b>Undocumented redirect target:</b> <span class="mono wrap">www.microsoft.com</span> — allow it too, or the download will fail after the redirect.</p>


<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 24 ms, connect 18 ms, tls 41 ms, http 129 ms"><span class="s-dns" style="left:0.00%;width:0.30%"></span><span class="s-connect" style="left:0.30%;width:0.22%"></span><span class="s-tls" style="left:0.52%;width:0.51%"></span><span class="s-http" style="left:1.03%;width:1.61%"></span></div>
<div class="wf-legend">dns <b>24</b> · connect <b>18</b> · tls <b>41</b> · http <b>129</b> ms</div></td>
</tr>
<tr class="row-pass">
<td data-label="Status"><span class="badge badge-pass">✔ PASS</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">download.<wbr>microsoft.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">

<p class="wrap">HTTPS 200 from download.microsoft.com:443 in 164 ms.</p>




<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 31 ms, connect 16 ms, tls 44 ms, http 73 ms"><span class="s-dns" style="left:0.00%;width:0.39%"></span><span class="s-connect" style="left:0.39%;width:0.20%"></span><span class="s-tls" style="left:0.59%;width:0.55%"></span><span class="s-http" style="left:1.13%;width:0.91%"></span></div>
<div class="wf-legend">dns <b>31</b> · connect <b>16</b> · tls <b>44</b> · http <b>73</b> ms</div></td>
</tr>
<tr class="row-pass">
<td data-label="Status"><span class="badge badge-pass">✔ PASS</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">

<p class="wrap">HTTPS 404 from umwatsonc.events.data.microsoft.com:443 through proxy.contoso.com:8080 in 301 ms (any HTTP status proves reachability).</p>




<div class="cmp">
<div class="cmp-sides"><div><span class="cmp-h">Via http proxy</span> <span class="badge badge-pass">✔ PASS</span> </div><div><span class="cmp-h">Direct</span> <span class="badge badge-pass">✔ PASS</span> </div></div>
<p class="small wrap">Works direct too: besides the proxy, the SCP host has its own path to this destination, a bypass that may be unintended. The rule the SCP uses is on the proxy.</p>
<p class="small muted wrap">Direct: HTTPS 404 from umwatsonc.events.data.microsoft.com:443 in 142 ms (any HTTP status proves reachability).</p>
</div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 95 ms, tls 118 ms, http 88 ms"><span class="s-proxy" style="left:0.00%;width:1.18%"></span><span class="s-tls" style="left:1.18%;width:1.47%"></span><span class="s-http" style="left:2.66%;width:1.10%"></span></div>
<div class="wf-legend">proxy <b>95</b> · tls <b>118</b> · http <b>88</b> ms</div></td>
</tr>
<tr class="row-pass">
<td data-label="Status"><span class="badge badge-pass">✔ PASS</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">download.<wbr>microsoft.<wbr>com</span></div>

<div class="small muted">HTTPS 443 · Windows servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">

<p class="wrap">HTTPS 200 from download.microsoft.com:443 in 164 ms.</p>




<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 31 ms, connect 16 ms, tls 44 ms, http 73 ms"><span class="s-dns" style="left:0.00%;width:0.39%"></span><span class="s-connect" style="left:0.39%;width:0.20%"></span><span class="s-tls" style="left:0.59%;width:0.55%"></span><span class="s-http" style="left:1.13%;width:0.91%"></span></div>
<div class="wf-legend">dns <b>31</b> · connect <b>16</b> · tls <b>44</b> · http <b>73</b> ms</div></td>
</tr>
<tr class="row-pass">
<td data-label="Status"><span class="badge badge-pass">✔ PASS</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">https:/<wbr>/<wbr>go.<wbr>microsoft.<wbr>com/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></div>

<div class="small muted">HTTPS 443 · Windows servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">

<p class="wrap">HTTPS 200 after 2 redirects; the chain reaches software-static.download.prss.microsoft.com, which no catalog entry covers.</p>

<p class="small"><b>Undocumented redirect target:</b> <span class="mono wrap">software-static.download.prss.microsoft.com</span> — allow it too, or the download will fail after the redirect.</p>


<div class="cmp"><div class="cmp-kind cmp-same-route">= Not proxied: same path</div></div></div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 24 ms, connect 18 ms, tls 41 ms, http 612 ms"><span class="s-dns" style="left:0.00%;width:0.30%"></span><span class="s-connect" style="left:0.30%;width:0.22%"></span><span class="s-tls" style="left:0.52%;width:0.51%"></span><span class="s-http" style="left:1.03%;width:7.63%"></span></div>
<div class="wf-legend">dns <b>24</b> · connect <b>18</b> · tls <b>41</b> · http <b>612</b> ms</div></td>
</tr>
</tbody>
</table>
</details>
</section><section id="rules" class="page" aria-labelledby="rules-h">
<h2 id="rules-h">Prerequisite rules</h2>
<article class="rule st-fail" aria-labelledby="rule-SCP-DOTNET-TLS12">
<h3 id="rule-SCP-DOTNET-TLS12"><span class="badge badge-fail">✖ FAIL</span> <span>.NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions)</span> <span class="rid">SCP-DOTNET-TLS12</span></h3>
<p class="wrap">SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1).</p>
<div class="evfile">Evidence from <code class="wrap">C:\\scp\\evidence\\dotnet-tls.txt</code>:</div>
<pre>HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
    SchUseStrongCrypto    REG_DWORD    0x0
    SystemDefaultTlsVersions    REG_DWORD    0x1</pre>
<div><b>Remediation</b><ol class="steps"><li class="wrap">Set HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)</li><li class="wrap">Restart the computer.</li></ol></div>

<p class="small muted">Requirement: <a href="https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints">Internet access requirements (Configuration Manager)</a> (2025-01-01)</p>
</article><article class="rule st-warn" aria-labelledby="rule-SCP-REMOTE-ADMIN">
<h3 id="rule-SCP-REMOTE-ADMIN"><span class="badge badge-warn">▲ WARN</span> <span>The site server&#39;s computer account is a local administrator on the SCP host</span> <span class="rid">SCP-REMOTE-ADMIN</span></h3>
<p class="wrap">CONTOSO\\CM01$ is not listed in SCP01&#39;s local Administrators, but domain groups are: membership may be nested in CONTOSO\\SCCM Servers.</p>
<div class="evfile">Evidence from <code class="wrap">C:\\scp\\evidence\\administrators.txt</code>:</div>
<pre>Administrator
CONTOSO\\Domain Admins
CONTOSO\\SCCM Servers</pre>
<div><b>Remediation</b><ol class="steps"><li class="wrap">Verify that CONTOSO\\CM01$ is a member of CONTOSO\\SCCM Servers: Get-ADGroupMember &quot;SCCM Servers&quot; | Where-Object Name -eq CM01</li><li class="wrap">Or add it directly on SCP01: net localgroup Administrators CONTOSO\\CM01$ /add</li></ol></div>

<p class="small muted">Requirement: <a href="https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point">About the service connection point in System Center Configuration Manager</a> (2018-03-21)</p>
</article><article class="rule st-skip" aria-labelledby="rule-SCP-WINHTTP-PROXY">
<h3 id="rule-SCP-WINHTTP-PROXY"><span class="badge badge-skip">○ SKIP</span> <span>WinHTTP proxy matches the site system proxy</span> <span class="rid">SCP-WINHTTP-PROXY</span></h3>
<p class="wrap">No WinHTTP evidence: collect it on the SCP host with \`netsh winhttp show proxy &gt; winhttp.txt\`.</p>
<p class="evfile">No evidence was provided.</p>
<div><b>Remediation</b><ol class="steps"><li class="wrap">Add evidence.winhttpProxy to the site plan.</li></ol></div>

<p class="small muted">Requirement: <a href="https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints">Internet access requirements (Configuration Manager)</a> (2025-01-01)</p>
</article><details class="folded"><summary>1 rule passed — open to show it with its evidence (not printed while folded)</summary>
<article class="rule st-pass" aria-labelledby="rule-SCP-TOP-TIER">
<h3 id="rule-SCP-TOP-TIER"><span class="badge badge-pass">✔ PASS</span> <span>The SCP is installed at the top-tier site</span> <span class="rid">SCP-TOP-TIER</span></h3>
<p class="wrap">CAS is a central administration site: the top tier of the hierarchy.</p>
<div class="evfile">Evidence from <code class="wrap">C:\\scp\\site-plan.yaml</code>:</div>
<pre>site:
  code: CAS
  type: cas</pre>


<p class="small muted">Requirement: <a href="https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point">About the service connection point in System Center Configuration Manager</a> (2018-03-21)</p>
</article>
</details>
</section><section id="appendix" class="appendix" aria-labelledby="appendix-h">
<h2 id="appendix-h">Appendix: evidence</h2>
<p class="lead">The evidence behind every result, one entry per probed host and port (a host listed under several
groups was probed once).</p>
<p class="print-only lead"><b>Not printed:</b> the evidence is folded. To print it, open “Show the evidence” in the browser first.</p>
<details class="appendix-body"><summary>Show the evidence: DNS answers, TCP connections, proxy exchanges, certificate chains, HTTP responses, failure codes and run settings</summary>
<h3 id="appendix-A">A. DNS resolution</h3><table><caption>Answers from the DNS servers this host uses</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Server · answer</th><th scope="col">CNAME chain</th><th scope="col">Addresses (TTL s; ✓ used)</th></tr></thead>
<tbody><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">go.<wbr>microsoft.<wbr>com</span></div><div><span class="arrow">→</span><span class="host">go.<wbr>microsoft.<wbr>com.<wbr>edgekey.<wbr>net</span> <span class="muted">(TTL 3600)</span></div><div><span class="arrow">→</span><span class="host">e11290.<wbr>dspg.<wbr>akamaiedge.<wbr>net</span> <span class="muted">(TTL 600)</span></div></td>
<td class="mono small wrap"><div><b>23.50.112.179</b> ✓ <span class="muted">(20)</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">download.<wbr>microsoft.<wbr>com</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">download.<wbr>microsoft.<wbr>com</span></div><div><span class="arrow">→</span><span class="host">download.<wbr>microsoft.<wbr>com.<wbr>edgekey.<wbr>net</span> <span class="muted">(TTL 3600)</span></div><div><span class="arrow">→</span><span class="host">e3673.<wbr>dscg.<wbr>akamaiedge.<wbr>net</span> <span class="muted">(TTL 600)</span></div></td>
<td class="mono small wrap"><div><b>2.21.22.91</b> ✓ <span class="muted">(20)</span></div><div>2a02:26f0:e1::5c <span class="muted">(20)</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NXDOMAIN</div><div class="muted">A/udp NXDOMAIN 11 ms · AAAA/udp NXDOMAIN 12 ms</div></td>
<td class="mono small wrap"><span class="muted">none</span></td>
<td class="mono small wrap"><span class="muted">none</span></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">definitionupdates.<wbr>microsoft.<wbr>com</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">definitionupdates.<wbr>microsoft.<wbr>com</span></div><div><span class="arrow">→</span><span class="host">definitionupdates.<wbr>trafficmanager.<wbr>net</span> <span class="muted">(TTL 3600)</span></div></td>
<td class="mono small wrap"><div><b>20.72.205.209</b> ✓ <span class="muted">(20)</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">download.<wbr>windowsupdate.<wbr>com</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">download.<wbr>windowsupdate.<wbr>com</span></div><div><span class="arrow">→</span><span class="host"><span class="nb">wu-f-net.</span><wbr>trafficmanager.<wbr>net</span> <span class="muted">(TTL 3600)</span></div><div><span class="arrow">→</span><span class="host">download.<wbr>windowsupdate.<wbr>com.<wbr>delivery.<wbr>microsoft.<wbr>com</span> <span class="muted">(TTL 600)</span></div></td>
<td class="mono small wrap"><div><b>13.107.4.50</b> ✓ <span class="muted">(20)</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net</span></div><div><span class="arrow">→</span><span class="host">blob.<wbr>ams23prdstr02a.<wbr>store.<wbr>core.<wbr>windows.<wbr>net</span> <span class="muted">(TTL 3600)</span></div></td>
<td class="mono small wrap"><div><b>20.60.222.4</b> ✓ <span class="muted">(20)</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com</span></th>
<td class="small"><span class="mono">10.20.0.53:53</span><div>NOERROR</div><div class="muted">A/udp NOERROR 11 ms · AAAA/udp NOERROR 12 ms</div></td>
<td class="mono small wrap"><div><span class="host">go.<wbr>microsoft.<wbr>com</span></div><div><span class="arrow">→</span><span class="host">go.<wbr>microsoft.<wbr>com.<wbr>edgekey.<wbr>net</span> <span class="muted">(TTL 3600)</span></div><div><span class="arrow">→</span><span class="host">e11290.<wbr>dspg.<wbr>akamaiedge.<wbr>net</span> <span class="muted">(TTL 600)</span></div></td>
<td class="mono small wrap"><div><b>23.50.112.179</b> ✓ <span class="muted">(20)</span></div></td>
</tr></tbody></table>
<h3 id="appendix-B">B. TCP connections</h3><table><caption>Direct TCP connections from this host</caption>
<thead><tr><th scope="col">Endpoint</th><th scope="col">Address</th><th scope="col">Local side</th><th scope="col">OS error</th></tr></thead>
<tbody><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443</span></th><td class="mono wrap">23.50.112.179 port 443</td>
<td class="mono wrap">10.20.4.17:50512</td><td class="mono">none (connected)</td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">download.<wbr>microsoft.<wbr>com:443</span></th><td class="mono wrap">2.21.22.91 port 443</td>
<td class="mono wrap">10.20.4.17:50512</td><td class="mono">none (connected)</td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">definitionupdates.<wbr>microsoft.<wbr>com:443</span></th><td class="mono wrap">20.72.205.209 port 443</td>
<td class="mono wrap">—</td><td class="mono">ETIMEDOUT</td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">download.<wbr>windowsupdate.<wbr>com:443</span></th><td class="mono wrap">13.107.4.50 port 443</td>
<td class="mono wrap">—</td><td class="mono">ECONNREFUSED</td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net:443</span></th><td class="mono wrap">20.60.222.4 port 443</td>
<td class="mono wrap">10.20.4.17:50512</td><td class="mono">none (connected)</td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></th><td class="mono wrap">23.50.112.179 port 443</td>
<td class="mono wrap">10.20.4.17:50512</td><td class="mono">none (connected)</td>
</tr></tbody></table>
<h3 id="appendix-C">C. Proxy exchanges</h3><table><caption>Requests to proxies (URLs shown without credentials)</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Proxy</th><th scope="col">Answer</th><th scope="col">Authentication</th><th scope="col">Via · Server · error</th></tr></thead>
<tbody><tr>
<th scope="row" class="mono small wrap"><span class="host">CONNECT sccm.<wbr>manage.<wbr>microsoft.<wbr>com:443</span></th>
<td class="mono small wrap"><span class="host">http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080</span></td>
<td class="small">200 Connection established</td>
<td class="small wrap">none asked</td>
<td class="small wrap">1.1 proxy.contoso.com (squid/5.7) · squid/5.7</td>
</tr><tr>
<th scope="row" class="mono small wrap"><span class="host">CONNECT configmgrbits.<wbr>cdn.<wbr>manage.<wbr>microsoft.<wbr>com:443</span></th>
<td class="mono small wrap"><span class="host">http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080</span></td>
<td class="small">403 Forbidden</td>
<td class="small wrap">none asked</td>
<td class="small wrap">1.1 proxy.contoso.com (squid/5.7) · squid/5.7<div class="mono">ERR_ACCESS_DENIED 0</div></td>
</tr><tr>
<th scope="row" class="mono small wrap"><span class="host">CONNECT umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com:443</span></th>
<td class="mono small wrap"><span class="host">http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080</span></td>
<td class="small">200 Connection established</td>
<td class="small wrap">none asked</td>
<td class="small wrap">1.1 proxy.contoso.com (squid/5.7) · squid/5.7</td>
</tr><tr>
<th scope="row" class="mono small wrap"><span class="host">CONNECT management.<wbr>azure.<wbr>com:443</span></th>
<td class="mono small wrap"><span class="host">http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080</span></td>
<td class="small">502 Bad Gateway</td>
<td class="small wrap">none asked</td>
<td class="small wrap">1.1 proxy.contoso.com (squid/5.7) · squid/5.7<div class="mono">ERR_DNS_FAIL 0</div></td>
</tr></tbody></table>
<h3 id="appendix-D">D. TLS certificate chains</h3><div class="chain">
<p><b class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443</span></b> <span class="muted">· SNI go.microsoft.com · TLSv1.3 · TLS_AES_256_GCM_SHA384</span></p>
<p class="small">Validated against <span class="wrap">CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US</span>, a public root (Node&#39;s bundled store)</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=go.microsoft.com<div class="small muted mono wrap">DNS:go.microsoft.com</div></td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="nowrap small">2024-09-18<br>2025-09-18</td>
<td class="fp" style="width:26%">3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div><div class="chain">
<p><b class="mono wrap"><span class="host">sccm.<wbr>manage.<wbr>microsoft.<wbr>com:443/<wbr>SCCMConnectedService.<wbr>svc</span></b> <span class="muted">· SNI sccm.manage.microsoft.com · TLSv1.2 · ECDHE-RSA-AES256-GCM-SHA384</span></p>
<p class="small">Validated against <span class="wrap">CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL</span>, a root from --ca-file (not public: interception)</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=sccm.manage.microsoft.com<div class="small muted mono wrap">DNS:sccm.manage.microsoft.com</div></td>
<td class="wrap">CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL</td>
<td class="nowrap small">2025-03-13<br>2025-04-12</td>
<td class="fp" style="width:26%">A4:0F:61:93:5C:E2:77:18:B0:3D:C9:4A:6E:21:F5:8C:90:D7:3B:12:65:AF:E8:04:5D:C1:97:2A:38:B6:F0:4E<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr><tr>
<td class="num">1</td>
<td class="wrap">CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL <span class="muted small">(self-signed)</span></td>
<td class="wrap">CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL</td>
<td class="nowrap small">2022-01-01<br>2032-01-01</td>
<td class="fp" style="width:26%">19:C4:2E:8B:70:A6:3F:D5:E1:02:94:5B:CC:87:4D:16:F3:A0:68:2B:D9:51:0E:B7:43:8A:C6:7F:25:E0:9D:31<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div><div class="chain">
<p><b class="mono wrap"><span class="host">download.<wbr>microsoft.<wbr>com:443</span></b> <span class="muted">· SNI download.microsoft.com · TLSv1.3 · TLS_AES_256_GCM_SHA384</span></p>
<p class="small">Validated against <span class="wrap">CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US</span>, a public root (Node&#39;s bundled store)</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=download.microsoft.com,O=Microsoft Corporation,L=Redmond,ST=WA,C=US<div class="small muted mono wrap">DNS:download.microsoft.com, DNS:*.download.microsoft.com</div></td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="nowrap small">2024-09-18<br>2025-09-18</td>
<td class="fp" style="width:26%">3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr><tr>
<td class="num">1</td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="wrap">CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US</td>
<td class="nowrap small">2023-06-08<br>2026-08-25</td>
<td class="fp" style="width:26%">7C:30:84:D1:2B:6F:93:0E:AE:54:91:C8:33:1D:02:F7:6E:45:9B:A0:C2:18:7D:E5:64:0F:BB:92:11:3A:C6:DE<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div><div class="chain">
<p><b class="mono wrap"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net:443</span></b> <span class="muted">· SNI cmbitsstore.blob.core.windows.net · TLSv1.3 · TLS_AES_256_GCM_SHA384</span></p>
<p class="small"><b>Not trusted:</b> <span class="code">CERT_HAS_EXPIRED</span></p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=*.blob.core.windows.net<div class="small muted mono wrap">DNS:*.blob.core.windows.net</div></td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="nowrap small">2024-03-01<br>2025-02-28</td>
<td class="fp" style="width:26%">3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div><div class="chain">
<p><b class="mono wrap"><span class="host">umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com:443</span></b> <span class="muted">· SNI umwatsonc.events.data.microsoft.com · TLSv1.3 · TLS_AES_256_GCM_SHA384</span></p>
<p class="small">Validated against <span class="wrap">CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US</span>, a public root (Node&#39;s bundled store)</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=umwatsonc.events.data.microsoft.com</td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="nowrap small">2024-09-18<br>2025-09-18</td>
<td class="fp" style="width:26%">3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div><div class="chain">
<p><b class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></b> <span class="muted">· SNI go.microsoft.com · TLSv1.3 · TLS_AES_256_GCM_SHA384</span></p>
<p class="small">Validated against <span class="wrap">CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US</span>, a public root (Node&#39;s bundled store)</p>
<table>
<thead><tr><th scope="col">#</th><th scope="col">Subject / SANs</th><th scope="col">Issuer</th><th scope="col">Valid</th><th scope="col">SHA-256 fingerprint</th></tr></thead>
<tbody><tr>
<td class="num">0</td>
<td class="wrap">CN=go.microsoft.com<div class="small muted mono wrap">DNS:go.microsoft.com</div></td>
<td class="wrap">CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US</td>
<td class="nowrap small">2024-09-18<br>2025-09-18</td>
<td class="fp" style="width:26%">3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9<div class="muted">serial 0A1B2C3D4E5F60718293A4B5C6D7E8F9</div></td>
</tr></tbody></table>
</div>
<h3 id="appendix-E">E. HTTP responses and redirect chains</h3><table><caption>HTTP requests (status, Server header) and redirect chains</caption>
<thead><tr><th scope="col">Endpoint</th><th scope="col">Status · Server</th><th scope="col">Redirect chain</th></tr></thead>
<tbody><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443</span></th>
<td class="small">200 · <span class="mono wrap">Kestrel</span></td>
<td class="small mono wrap"><div>1. 302 <span class="host">https:/<wbr>/<wbr>go.<wbr>microsoft.<wbr>com/</span></div><div>2. 200 <span class="host">https:/<wbr>/<wbr>www.<wbr>microsoft.<wbr>com/</span> <span class="badge badge-warn">UNDOCUMENTED HOST</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">sccm.<wbr>manage.<wbr>microsoft.<wbr>com:443/<wbr>SCCMConnectedService.<wbr>svc</span></th>
<td class="small">200 · <span class="mono wrap">Microsoft-IIS/10.0</span></td>
<td class="small mono wrap"><div>1. 200 <span class="host">https:/<wbr>/<wbr>sccm.<wbr>manage.<wbr>microsoft.<wbr>com/<wbr>SCCMConnectedService.<wbr>svc</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">download.<wbr>microsoft.<wbr>com:443</span></th>
<td class="small">200 · <span class="mono wrap">AkamaiNetStorage</span></td>
<td class="small mono wrap"><div>1. 200 <span class="host">https:/<wbr>/<wbr>download.<wbr>microsoft.<wbr>com/</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com:443</span></th>
<td class="small">404</td>
<td class="small mono wrap"><div>1. 404 <span class="host">https:/<wbr>/<wbr>umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com/</span></div></td>
</tr><tr>
<th scope="row" class="mono wrap"><span class="host">go.<wbr>microsoft.<wbr>com:443/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></th>
<td class="small">200 · <span class="mono wrap">AkamaiGHost</span></td>
<td class="small mono wrap"><div>1. 302 <span class="host">https:/<wbr>/<wbr>go.<wbr>microsoft.<wbr>com/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></div><div>2. 302 <span class="host">https:/<wbr>/<wbr>download.<wbr>microsoft.<wbr>com/<wbr>download/<wbr>8/<wbr>9/<wbr>ConfigMgr.<wbr>Windows.<wbr>Servicing.<wbr>cab</span></div><div>3. 200 <span class="host">https:/<wbr>/<wbr><span class="nb">software-static.</span><wbr>download.<wbr>prss.<wbr>microsoft.<wbr>com/<wbr>dbazure/<wbr>ConfigMgr.<wbr>Windows.<wbr>Servicing.<wbr>cab</span> <span class="badge badge-warn">UNDOCUMENTED HOST</span></div></td>
</tr></tbody></table>
<h3 id="appendix-F">F. Failure codes</h3><table><caption>Failure codes that occur in this report (stable; see the README for all codes)</caption>
<thead><tr><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">Fix</th></tr></thead>
<tbody><tr><th scope="row"><span class="code">DNS_NXDOMAIN</span></th><td>The DNS server says the name does not exist.</td><td>Check the name and the DNS forwarders/conditional forwarders used by this host; a split-horizon zone may hide the public name.</td></tr><tr><th scope="row"><span class="code">CONNECT_REFUSED</span></th><td>The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.</td><td>Allow outbound TCP to this host and port on every firewall between the SCP and the internet.</td></tr><tr><th scope="row"><span class="code">CONNECT_TIMEOUT</span></th><td>The connection attempt got no answer in time: a firewall silently drops it.</td><td>Allow outbound TCP to this host and port on every firewall between the SCP and the internet.</td></tr><tr><th scope="row"><span class="code">TLS_CERT_EXPIRED</span></th><td>A certificate in the chain has expired or is not yet valid.</td><td>Check this host&#39;s clock; if it is right, the certificate was presented by an interceptor or a wrong server.</td></tr><tr><th scope="row"><span class="code">TLS_INTERCEPTED</span></th><td>The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.</td><td>Microsoft does not support TLS inspection for *.manage.microsoft.com: exempt the SCP destinations from inspection.</td></tr><tr><th scope="row"><span class="code">WILDCARD_UNTESTED</span></th><td>A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.</td><td>Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.</td></tr><tr><th scope="row"><span class="code">PROXY_DENIED</span></th><td>The proxy refused this destination by policy (403, or its own block page).</td><td>Allow this destination in the proxy policy (URL/category filter or ACL).</td></tr><tr><th scope="row"><span class="code">PROXY_UPSTREAM_FAILED</span></th><td>The proxy could not reach the endpoint (502/503/504 or a proxy timeout).</td><td>Allow the proxy itself to reach this destination on the named port, and check its DNS.</td></tr></tbody></table>
<h3 id="appendix-G">G. Run settings</h3><table><caption>Settings of this run (secrets are never recorded)</caption><tbody>
<tr><th scope="row" style="width:22%">Edition</th><td class="wrap">current</td></tr><tr><th scope="row" style="width:22%">Catalog</th><td class="wrap">built-in</td></tr><tr><th scope="row" style="width:22%">Catalog source</th><td class="wrap"><a href="https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints">Internet access requirements (Configuration Manager)</a> (2025-01-01)</td></tr><tr><th scope="row" style="width:22%">Groups</th><td class="wrap">General (general), Updates and servicing (updates-and-servicing), Windows servicing (windows-servicing), Azure services (public cloud) (azure-services)</td></tr><tr><th scope="row" style="width:22%">Intune</th><td class="wrap">no</td></tr><tr><th scope="row" style="width:22%">Tenant id</th><td class="wrap">not given (&quot;common&quot; used)</td></tr><tr><th scope="row" style="width:22%">Route</th><td class="wrap">direct (NO_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)</td></tr><tr><th scope="row" style="width:22%">DNS servers</th><td class="wrap">10.20.0.53:53, 10.20.0.54:53</td></tr><tr><th scope="row" style="width:22%">Extra CA file</th><td class="wrap">C:\\scp\\contoso-inspection-root.pem</td></tr><tr><th scope="row" style="width:22%">Public roots file</th><td class="wrap">none</td></tr><tr><th scope="row" style="width:22%">Stage timeout</th><td class="wrap">8000 ms</td></tr><tr><th scope="row" style="width:22%">Run deadline</th><td class="wrap">120 s</td></tr><tr><th scope="row" style="width:22%">Concurrency</th><td class="wrap">32</td></tr><tr><th scope="row" style="width:22%">Strict</th><td class="wrap">no</td></tr><tr><th scope="row" style="width:22%">Simulation</th><td class="wrap">no</td></tr><tr><th scope="row" style="width:22%">Run</th><td class="wrap"><timestamp> → <timestamp></td></tr></tbody></table>
</details>
</section>
<footer>Generated by scp-preflight 0.1.0 from the JSON report (schema v1) of the run
started <timestamp>. The JSON report is the record; this page is a view of it.</footer>
</main>
</body>
</html>

`

exports[`test/report/direct.test.ts > TAP > json snapshot (lab report with --compare-direct results) > must match snapshot 1`] = `
{
  "schemaVersion": 1,
  "tool": {
    "name": "scp-preflight",
    "version": "0.1.0"
  },
  "host": {
    "hostname": "SCP01",
    "platform": "win32 x64 (Windows Server 2022)",
    "node": "v20.20.2"
  },
  "startedAt": "<timestamp>",
  "finishedAt": "<timestamp>",
  "summary": {
    "pass": 6,
    "warn": 2,
    "fail": 7,
    "skip": 3,
    "waived": 0
  },
  "counts": {
    "endpoints": {
      "pass": 5,
      "warn": 1,
      "fail": 6,
      "skip": 2,
      "waived": 0
    },
    "rules": {
      "pass": 1,
      "warn": 1,
      "fail": 1,
      "skip": 1,
      "waived": 0
    },
    "run": {
      "pass": 0,
      "warn": 0,
      "fail": 0,
      "skip": 0,
      "waived": 0
    }
  },
  "verdict": "not-ready",
  "headline": "NOT READY",
  "settings": {
    "edition": "current",
    "catalog": {
      "source": "built-in",
      "file": null,
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      }
    },
    "groups": [
      {
        "id": "general",
        "title": "General"
      },
      {
        "id": "updates-and-servicing",
        "title": "Updates and servicing"
      },
      {
        "id": "windows-servicing",
        "title": "Windows servicing"
      },
      {
        "id": "azure-services",
        "title": "Azure services (public cloud)"
      }
    ],
    "intune": false,
    "tenantId": null,
    "timeoutMs": 8000,
    "deadlineS": 120,
    "concurrency": 32,
    "dnsServers": [
      "10.20.0.53:53",
      "10.20.0.54:53"
    ],
    "caFile": "C:\\\\scp\\\\contoso-inspection-root.pem",
    "publicRoots": null,
    "strict": false,
    "route": {
      "kind": "http",
      "proxy": "http://proxy.contoso.com:8080",
      "reason": "--proxy"
    },
    "simulation": false,
    "networkInformational": false,
    "networkChecked": true
  },
  "endpoints": [
    {
      "entry": "go.microsoft.com",
      "group": "general",
      "groupTitle": "General",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "go.microsoft.com",
      "pattern": "go.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://go.microsoft.com:443/",
      "status": "pass",
      "code": null,
      "message": "HTTPS 302 from go.microsoft.com:443 in 212 ms.",
      "remediation": null,
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 24,
          "detail": {
            "kind": "dns",
            "name": "go.microsoft.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "go.microsoft.com",
                "target": "go.microsoft.com.edgekey.net",
                "ttl": 3600
              },
              {
                "name": "go.microsoft.com.edgekey.net",
                "target": "e11290.dspg.akamaiedge.net",
                "ttl": 600
              }
            ],
            "addresses": [
              {
                "address": "23.50.112.179",
                "family": 4,
                "ttl": 20
              }
            ],
            "chosen": "23.50.112.179",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "pass",
          "code": null,
          "message": "connect pass",
          "ms": 18,
          "detail": {
            "kind": "connect",
            "address": "23.50.112.179",
            "port": 443,
            "localAddress": "10.20.4.17:50512",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "pass",
          "code": null,
          "message": "tls pass",
          "ms": 41,
          "detail": {
            "kind": "tls",
            "servername": "go.microsoft.com",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=go.microsoft.com",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [
                  "DNS:go.microsoft.com"
                ],
                "notBefore": "2024-09-18T00:00:00.000Z",
                "notAfter": "2025-09-18T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
              "source": "public"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 129,
          "detail": {
            "kind": "http",
            "url": "https://go.microsoft.com/",
            "status": 200,
            "server": "Kestrel",
            "hops": [
              {
                "url": "https://go.microsoft.com/",
                "host": "go.microsoft.com",
                "status": 302,
                "location": "https://www.microsoft.com/",
                "documented": true,
                "error": null
              },
              {
                "url": "https://www.microsoft.com/",
                "host": "www.microsoft.com",
                "status": 200,
                "location": null,
                "documented": false,
                "error": null
              }
            ],
            "undocumentedHosts": [
              "www.microsoft.com"
            ],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [
        "www.microsoft.com"
      ],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 302 from go.microsoft.com:443 in 212 ms."
      }
    },
    {
      "entry": "*.akamaiedge.net",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "*.akamaiedge.net",
      "pattern": "*.akamaiedge.net",
      "wildcard": true,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": null,
      "status": "skip",
      "code": "WILDCARD_UNTESTED",
      "message": "Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable.",
      "remediation": "Allow *.akamaiedge.net on TCP 443 by FQDN pattern on the proxy.",
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [],
      "undocumentedHosts": []
    },
    {
      "entry": "*.manage.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "sccm.manage.microsoft.com",
      "pattern": "*.manage.microsoft.com",
      "wildcard": true,
      "port": 443,
      "scheme": "https",
      "path": "/SCCMConnectedService.svc",
      "notes": [
        "Probed through sample host: sccm.manage.microsoft.com is the service the SCP calls (seen in Dmpdownloader.log / SCP traffic)."
      ],
      "probeId": "https://sccm.manage.microsoft.com:443/SCCMConnectedService.svc",
      "status": "warn",
      "code": "TLS_INTERCEPTED",
      "message": "TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through \\"Contoso TLS Inspection CA\\" (from --ca-file): the traffic is re-signed by an inspection device.",
      "remediation": "Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of *.manage.microsoft.com.",
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "skip",
          "code": null,
          "message": "resolved by the proxy",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "proxy",
          "status": "pass",
          "code": null,
          "message": "proxy pass",
          "ms": 36,
          "detail": {
            "kind": "proxy",
            "proxy": "http://proxy.contoso.com:8080",
            "request": "CONNECT sccm.manage.microsoft.com:443",
            "status": 200,
            "statusText": "Connection established",
            "authSchemesOffered": [],
            "authUsed": null,
            "via": "1.1 proxy.contoso.com (squid/5.7)",
            "server": "squid/5.7",
            "proxyError": null,
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "warn",
          "code": "TLS_INTERCEPTED",
          "message": "tls warn",
          "ms": 57,
          "detail": {
            "kind": "tls",
            "servername": "sccm.manage.microsoft.com",
            "protocol": "TLSv1.2",
            "cipher": "ECDHE-RSA-AES256-GCM-SHA384",
            "chain": [
              {
                "subject": "CN=sccm.manage.microsoft.com",
                "issuer": "CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL",
                "subjectAltNames": [
                  "DNS:sccm.manage.microsoft.com"
                ],
                "notBefore": "2025-03-13T00:00:00.000Z",
                "notAfter": "2025-04-12T00:00:00.000Z",
                "fingerprint256": "A4:0F:61:93:5C:E2:77:18:B0:3D:C9:4A:6E:21:F5:8C:90:D7:3B:12:65:AF:E8:04:5D:C1:97:2A:38:B6:F0:4E",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              },
              {
                "subject": "CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL",
                "issuer": "CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL",
                "subjectAltNames": [],
                "notBefore": "2022-01-01T00:00:00.000Z",
                "notAfter": "2032-01-01T00:00:00.000Z",
                "fingerprint256": "19:C4:2E:8B:70:A6:3F:D5:E1:02:94:5B:CC:87:4D:16:F3:A0:68:2B:D9:51:0E:B7:43:8A:C6:7F:25:E0:9D:31",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": true
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL",
              "source": "ca-file"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 88,
          "detail": {
            "kind": "http",
            "url": "https://sccm.manage.microsoft.com/SCCMConnectedService.svc",
            "status": 200,
            "server": "Microsoft-IIS/10.0",
            "hops": [
              {
                "url": "https://sccm.manage.microsoft.com/SCCMConnectedService.svc",
                "host": "sccm.manage.microsoft.com",
                "status": 200,
                "location": null,
                "documented": true,
                "error": null
              }
            ],
            "undocumentedHosts": [],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "CONNECT_TIMEOUT",
        "message": "TCP connect to sccm.manage.microsoft.com (20.190.128.12) port 443 got no answer in 8000 ms: a firewall drops it."
      }
    },
    {
      "entry": "*.manage.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "configmgrbits.cdn.manage.microsoft.com",
      "pattern": "*.manage.microsoft.com",
      "wildcard": true,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [
        "Probed through sample host: configmgrbits.cdn.manage.microsoft.com serves update content (Microsoft internet endpoints page, 2025)."
      ],
      "probeId": "https://configmgrbits.cdn.manage.microsoft.com:443/",
      "status": "fail",
      "code": "PROXY_DENIED",
      "message": "proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0).",
      "remediation": "Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.",
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "skip",
          "code": null,
          "message": "resolved by the proxy",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "proxy",
          "status": "fail",
          "code": "PROXY_DENIED",
          "message": "proxy fail",
          "ms": 9,
          "detail": {
            "kind": "proxy",
            "proxy": "http://proxy.contoso.com:8080",
            "request": "CONNECT configmgrbits.cdn.manage.microsoft.com:443",
            "status": 403,
            "statusText": "Forbidden",
            "authSchemesOffered": [],
            "authUsed": null,
            "via": "1.1 proxy.contoso.com (squid/5.7)",
            "server": "squid/5.7",
            "proxyError": "ERR_ACCESS_DENIED 0",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "skip",
          "code": null,
          "message": "not run: proxy failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: proxy failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "CONNECT_TIMEOUT",
        "message": "TCP connect to configmgrbits.cdn.manage.microsoft.com (13.107.246.45) port 443 got no answer in 8000 ms: a firewall drops it."
      }
    },
    {
      "entry": "download.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "download.microsoft.com",
      "pattern": "download.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://download.microsoft.com:443/",
      "status": "pass",
      "code": null,
      "message": "HTTPS 200 from download.microsoft.com:443 in 164 ms.",
      "remediation": null,
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 31,
          "detail": {
            "kind": "dns",
            "name": "download.microsoft.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "download.microsoft.com",
                "target": "download.microsoft.com.edgekey.net",
                "ttl": 3600
              },
              {
                "name": "download.microsoft.com.edgekey.net",
                "target": "e3673.dscg.akamaiedge.net",
                "ttl": 600
              }
            ],
            "addresses": [
              {
                "address": "2.21.22.91",
                "family": 4,
                "ttl": 20
              },
              {
                "address": "2a02:26f0:e1::5c",
                "family": 6,
                "ttl": 20
              }
            ],
            "chosen": "2.21.22.91",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "pass",
          "code": null,
          "message": "connect pass",
          "ms": 16,
          "detail": {
            "kind": "connect",
            "address": "2.21.22.91",
            "port": 443,
            "localAddress": "10.20.4.17:50512",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "pass",
          "code": null,
          "message": "tls pass",
          "ms": 44,
          "detail": {
            "kind": "tls",
            "servername": "download.microsoft.com",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=download.microsoft.com,O=Microsoft Corporation,L=Redmond,ST=WA,C=US",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [
                  "DNS:download.microsoft.com",
                  "DNS:*.download.microsoft.com"
                ],
                "notBefore": "2024-09-18T00:00:00.000Z",
                "notAfter": "2025-09-18T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              },
              {
                "subject": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "issuer": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
                "subjectAltNames": [],
                "notBefore": "2023-06-08T00:00:00.000Z",
                "notAfter": "2026-08-25T23:59:59.000Z",
                "fingerprint256": "7C:30:84:D1:2B:6F:93:0E:AE:54:91:C8:33:1D:02:F7:6E:45:9B:A0:C2:18:7D:E5:64:0F:BB:92:11:3A:C6:DE",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
              "source": "public"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 73,
          "detail": {
            "kind": "http",
            "url": "https://download.microsoft.com/",
            "status": 200,
            "server": "AkamaiNetStorage",
            "hops": [
              {
                "url": "https://download.microsoft.com/",
                "host": "download.microsoft.com",
                "status": 200,
                "location": null,
                "documented": true,
                "error": null
              }
            ],
            "undocumentedHosts": [],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 200 from download.microsoft.com:443 in 164 ms."
      }
    },
    {
      "entry": "sccmconnected-a01.cloudapp.net",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "sccmconnected-a01.cloudapp.net",
      "pattern": "sccmconnected-a01.cloudapp.net",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://sccmconnected-a01.cloudapp.net:443/",
      "status": "fail",
      "code": "DNS_NXDOMAIN",
      "message": "DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).",
      "remediation": "Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.",
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "fail",
          "code": "DNS_NXDOMAIN",
          "message": "dns fail",
          "ms": 14,
          "detail": {
            "kind": "dns",
            "name": "sccmconnected-a01.cloudapp.net",
            "server": "10.20.0.53:53",
            "rcode": "NXDOMAIN",
            "cnames": [],
            "addresses": [],
            "chosen": null,
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NXDOMAIN",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NXDOMAIN",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "skip",
          "code": null,
          "message": "not run: dns failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "tls",
          "status": "skip",
          "code": null,
          "message": "not run: dns failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: dns failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "DNS_NXDOMAIN",
        "message": "DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN)."
      }
    },
    {
      "entry": "definitionupdates.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "definitionupdates.microsoft.com",
      "pattern": "definitionupdates.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://definitionupdates.microsoft.com:443/",
      "status": "fail",
      "code": "CONNECT_TIMEOUT",
      "message": "TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.",
      "remediation": "Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.",
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 22,
          "detail": {
            "kind": "dns",
            "name": "definitionupdates.microsoft.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "definitionupdates.microsoft.com",
                "target": "definitionupdates.trafficmanager.net",
                "ttl": 3600
              }
            ],
            "addresses": [
              {
                "address": "20.72.205.209",
                "family": 4,
                "ttl": 20
              }
            ],
            "chosen": "20.72.205.209",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "fail",
          "code": "CONNECT_TIMEOUT",
          "message": "connect fail",
          "ms": 8000,
          "detail": {
            "kind": "connect",
            "address": "20.72.205.209",
            "port": 443,
            "localAddress": null,
            "osError": "ETIMEDOUT"
          }
        },
        {
          "stage": "tls",
          "status": "skip",
          "code": null,
          "message": "not run: connect failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: connect failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "CONNECT_TIMEOUT",
        "message": "TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it."
      }
    },
    {
      "entry": "download.windowsupdate.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "download.windowsupdate.com",
      "pattern": "download.windowsupdate.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://download.windowsupdate.com:443/",
      "status": "fail",
      "code": "CONNECT_REFUSED",
      "message": "TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.",
      "remediation": "Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.",
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 19,
          "detail": {
            "kind": "dns",
            "name": "download.windowsupdate.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "download.windowsupdate.com",
                "target": "wu-f-net.trafficmanager.net",
                "ttl": 3600
              },
              {
                "name": "wu-f-net.trafficmanager.net",
                "target": "download.windowsupdate.com.delivery.microsoft.com",
                "ttl": 600
              }
            ],
            "addresses": [
              {
                "address": "13.107.4.50",
                "family": 4,
                "ttl": 20
              }
            ],
            "chosen": "13.107.4.50",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "fail",
          "code": "CONNECT_REFUSED",
          "message": "connect fail",
          "ms": 3,
          "detail": {
            "kind": "connect",
            "address": "13.107.4.50",
            "port": 443,
            "localAddress": null,
            "osError": "ECONNREFUSED"
          }
        },
        {
          "stage": "tls",
          "status": "skip",
          "code": null,
          "message": "not run: connect failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: connect failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "CONNECT_REFUSED",
        "message": "TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused."
      }
    },
    {
      "entry": "cmbitsstore.blob.core.windows.net",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "cmbitsstore.blob.core.windows.net",
      "pattern": "cmbitsstore.blob.core.windows.net",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://cmbitsstore.blob.core.windows.net:443/",
      "status": "fail",
      "code": "TLS_CERT_EXPIRED",
      "message": "The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.",
      "remediation": "This host's clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.",
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 27,
          "detail": {
            "kind": "dns",
            "name": "cmbitsstore.blob.core.windows.net",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "cmbitsstore.blob.core.windows.net",
                "target": "blob.ams23prdstr02a.store.core.windows.net",
                "ttl": 3600
              }
            ],
            "addresses": [
              {
                "address": "20.60.222.4",
                "family": 4,
                "ttl": 20
              }
            ],
            "chosen": "20.60.222.4",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "pass",
          "code": null,
          "message": "connect pass",
          "ms": 21,
          "detail": {
            "kind": "connect",
            "address": "20.60.222.4",
            "port": 443,
            "localAddress": "10.20.4.17:50512",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "fail",
          "code": "TLS_CERT_EXPIRED",
          "message": "tls fail",
          "ms": 63,
          "detail": {
            "kind": "tls",
            "servername": "cmbitsstore.blob.core.windows.net",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=*.blob.core.windows.net",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [
                  "DNS:*.blob.core.windows.net"
                ],
                "notBefore": "2024-03-01T00:00:00.000Z",
                "notAfter": "2025-02-28T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": "CERT_HAS_EXPIRED",
            "anchor": null,
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: tls failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "fail",
        "code": "TLS_CERT_EXPIRED",
        "message": "The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28."
      }
    },
    {
      "entry": "umwatsonc.events.data.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "umwatsonc.events.data.microsoft.com",
      "pattern": "umwatsonc.events.data.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://umwatsonc.events.data.microsoft.com:443/",
      "status": "pass",
      "code": null,
      "message": "HTTPS 404 from umwatsonc.events.data.microsoft.com:443 through proxy.contoso.com:8080 in 301 ms (any HTTP status proves reachability).",
      "remediation": null,
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "skip",
          "code": null,
          "message": "resolved by the proxy",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "proxy",
          "status": "pass",
          "code": null,
          "message": "proxy pass",
          "ms": 95,
          "detail": {
            "kind": "proxy",
            "proxy": "http://proxy.contoso.com:8080",
            "request": "CONNECT umwatsonc.events.data.microsoft.com:443",
            "status": 200,
            "statusText": "Connection established",
            "authSchemesOffered": [],
            "authUsed": null,
            "via": "1.1 proxy.contoso.com (squid/5.7)",
            "server": "squid/5.7",
            "proxyError": null,
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "pass",
          "code": null,
          "message": "tls pass",
          "ms": 118,
          "detail": {
            "kind": "tls",
            "servername": "umwatsonc.events.data.microsoft.com",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=umwatsonc.events.data.microsoft.com",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [],
                "notBefore": "2024-09-18T00:00:00.000Z",
                "notAfter": "2025-09-18T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
              "source": "public"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 88,
          "detail": {
            "kind": "http",
            "url": "https://umwatsonc.events.data.microsoft.com/",
            "status": 404,
            "server": null,
            "hops": [
              {
                "url": "https://umwatsonc.events.data.microsoft.com/",
                "host": "umwatsonc.events.data.microsoft.com",
                "status": 404,
                "location": null,
                "documented": true,
                "error": null
              }
            ],
            "undocumentedHosts": [],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 404 from umwatsonc.events.data.microsoft.com:443 in 142 ms (any HTTP status proves reachability)."
      }
    },
    {
      "entry": "*-umwatsonc.events.data.microsoft.com",
      "group": "updates-and-servicing",
      "groupTitle": "Updates and servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "*-umwatsonc.events.data.microsoft.com",
      "pattern": "*-umwatsonc.events.data.microsoft.com",
      "wildcard": true,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [
        "The wildcard is inside the first label: a firewall must match it by pattern, not by domain suffix."
      ],
      "probeId": null,
      "status": "skip",
      "code": "WILDCARD_UNTESTED",
      "message": "Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable.",
      "remediation": null,
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [],
      "undocumentedHosts": []
    },
    {
      "entry": "download.microsoft.com",
      "group": "windows-servicing",
      "groupTitle": "Windows servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "download.microsoft.com",
      "pattern": "download.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://download.microsoft.com:443/",
      "status": "pass",
      "code": null,
      "message": "HTTPS 200 from download.microsoft.com:443 in 164 ms.",
      "remediation": null,
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 31,
          "detail": {
            "kind": "dns",
            "name": "download.microsoft.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "download.microsoft.com",
                "target": "download.microsoft.com.edgekey.net",
                "ttl": 3600
              },
              {
                "name": "download.microsoft.com.edgekey.net",
                "target": "e3673.dscg.akamaiedge.net",
                "ttl": 600
              }
            ],
            "addresses": [
              {
                "address": "2.21.22.91",
                "family": 4,
                "ttl": 20
              },
              {
                "address": "2a02:26f0:e1::5c",
                "family": 6,
                "ttl": 20
              }
            ],
            "chosen": "2.21.22.91",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "pass",
          "code": null,
          "message": "connect pass",
          "ms": 16,
          "detail": {
            "kind": "connect",
            "address": "2.21.22.91",
            "port": 443,
            "localAddress": "10.20.4.17:50512",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "pass",
          "code": null,
          "message": "tls pass",
          "ms": 44,
          "detail": {
            "kind": "tls",
            "servername": "download.microsoft.com",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=download.microsoft.com,O=Microsoft Corporation,L=Redmond,ST=WA,C=US",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [
                  "DNS:download.microsoft.com",
                  "DNS:*.download.microsoft.com"
                ],
                "notBefore": "2024-09-18T00:00:00.000Z",
                "notAfter": "2025-09-18T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              },
              {
                "subject": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "issuer": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
                "subjectAltNames": [],
                "notBefore": "2023-06-08T00:00:00.000Z",
                "notAfter": "2026-08-25T23:59:59.000Z",
                "fingerprint256": "7C:30:84:D1:2B:6F:93:0E:AE:54:91:C8:33:1D:02:F7:6E:45:9B:A0:C2:18:7D:E5:64:0F:BB:92:11:3A:C6:DE",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
              "source": "public"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 73,
          "detail": {
            "kind": "http",
            "url": "https://download.microsoft.com/",
            "status": 200,
            "server": "AkamaiNetStorage",
            "hops": [
              {
                "url": "https://download.microsoft.com/",
                "host": "download.microsoft.com",
                "status": 200,
                "location": null,
                "documented": true,
                "error": null
              }
            ],
            "undocumentedHosts": [],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 200 from download.microsoft.com:443 in 164 ms."
      }
    },
    {
      "entry": "https://go.microsoft.com/fwlink/?LinkID=619849",
      "group": "windows-servicing",
      "groupTitle": "Windows servicing",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "go.microsoft.com",
      "pattern": "go.microsoft.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/fwlink/?LinkID=619849",
      "notes": [],
      "probeId": "https://go.microsoft.com:443/fwlink/?LinkID=619849",
      "status": "pass",
      "code": null,
      "message": "HTTPS 200 after 2 redirects; the chain reaches software-static.download.prss.microsoft.com, which no catalog entry covers.",
      "remediation": null,
      "route": {
        "kind": "direct",
        "proxy": null,
        "reason": "NO_PROXY matched .contoso.com"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "pass",
          "code": null,
          "message": "dns pass",
          "ms": 24,
          "detail": {
            "kind": "dns",
            "name": "go.microsoft.com",
            "server": "10.20.0.53:53",
            "rcode": "NOERROR",
            "cnames": [
              {
                "name": "go.microsoft.com",
                "target": "go.microsoft.com.edgekey.net",
                "ttl": 3600
              },
              {
                "name": "go.microsoft.com.edgekey.net",
                "target": "e11290.dspg.akamaiedge.net",
                "ttl": 600
              }
            ],
            "addresses": [
              {
                "address": "23.50.112.179",
                "family": 4,
                "ttl": 20
              }
            ],
            "chosen": "23.50.112.179",
            "queries": [
              {
                "type": "A",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 11,
                "error": null
              },
              {
                "type": "AAAA",
                "server": "10.20.0.53:53",
                "transport": "udp",
                "rcode": "NOERROR",
                "ms": 12,
                "error": null
              }
            ]
          }
        },
        {
          "stage": "connect",
          "status": "pass",
          "code": null,
          "message": "connect pass",
          "ms": 18,
          "detail": {
            "kind": "connect",
            "address": "23.50.112.179",
            "port": 443,
            "localAddress": "10.20.4.17:50512",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "pass",
          "code": null,
          "message": "tls pass",
          "ms": 41,
          "detail": {
            "kind": "tls",
            "servername": "go.microsoft.com",
            "protocol": "TLSv1.3",
            "cipher": "TLS_AES_256_GCM_SHA384",
            "chain": [
              {
                "subject": "CN=go.microsoft.com",
                "issuer": "CN=Microsoft Azure RSA TLS Issuing CA 04,O=Microsoft Corporation,C=US",
                "subjectAltNames": [
                  "DNS:go.microsoft.com"
                ],
                "notBefore": "2024-09-18T00:00:00.000Z",
                "notAfter": "2025-09-18T23:59:59.000Z",
                "fingerprint256": "3E:1A:9C:77:0B:52:D4:81:6F:20:AA:19:C3:5E:88:F0:12:7D:94:B6:0A:3C:E1:55:29:6B:8F:D0:47:AE:13:C9",
                "serialNumber": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
                "selfSigned": false
              }
            ],
            "verifyError": null,
            "anchor": {
              "subject": "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US",
              "source": "public"
            },
            "osError": null
          }
        },
        {
          "stage": "http",
          "status": "pass",
          "code": null,
          "message": "http pass",
          "ms": 612,
          "detail": {
            "kind": "http",
            "url": "https://go.microsoft.com/fwlink/?LinkID=619849",
            "status": 200,
            "server": "AkamaiGHost",
            "hops": [
              {
                "url": "https://go.microsoft.com/fwlink/?LinkID=619849",
                "host": "go.microsoft.com",
                "status": 302,
                "location": "https://download.microsoft.com/download/8/9/ConfigMgr.Windows.Servicing.cab",
                "documented": true,
                "error": null
              },
              {
                "url": "https://download.microsoft.com/download/8/9/ConfigMgr.Windows.Servicing.cab",
                "host": "download.microsoft.com",
                "status": 302,
                "location": "https://software-static.download.prss.microsoft.com/dbazure/ConfigMgr.Windows.Servicing.cab",
                "documented": true,
                "error": null
              },
              {
                "url": "https://software-static.download.prss.microsoft.com/dbazure/ConfigMgr.Windows.Servicing.cab",
                "host": "software-static.download.prss.microsoft.com",
                "status": 200,
                "location": null,
                "documented": false,
                "error": null
              }
            ],
            "undocumentedHosts": [
              "software-static.download.prss.microsoft.com"
            ],
            "error": null
          }
        }
      ],
      "undocumentedHosts": [
        "software-static.download.prss.microsoft.com"
      ],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 200 after 2 redirects; the chain reaches software-static.download.prss.microsoft.com, which no catalog entry covers."
      }
    },
    {
      "entry": "management.azure.com",
      "group": "azure-services",
      "groupTitle": "Azure services (public cloud)",
      "provenance": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      },
      "host": "management.azure.com",
      "pattern": "management.azure.com",
      "wildcard": false,
      "port": 443,
      "scheme": "https",
      "path": "/",
      "notes": [],
      "probeId": "https://management.azure.com:443/",
      "status": "fail",
      "code": "PROXY_UPSTREAM_FAILED",
      "message": "proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0).",
      "remediation": "Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.",
      "route": {
        "kind": "http",
        "proxy": "http://proxy.contoso.com:8080",
        "reason": "--proxy"
      },
      "stages": [
        {
          "stage": "dns",
          "status": "skip",
          "code": null,
          "message": "resolved by the proxy",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "proxy",
          "status": "fail",
          "code": "PROXY_UPSTREAM_FAILED",
          "message": "proxy fail",
          "ms": 2417,
          "detail": {
            "kind": "proxy",
            "proxy": "http://proxy.contoso.com:8080",
            "request": "CONNECT management.azure.com:443",
            "status": 502,
            "statusText": "Bad Gateway",
            "authSchemesOffered": [],
            "authUsed": null,
            "via": "1.1 proxy.contoso.com (squid/5.7)",
            "server": "squid/5.7",
            "proxyError": "ERR_DNS_FAIL 0",
            "osError": null
          }
        },
        {
          "stage": "tls",
          "status": "skip",
          "code": null,
          "message": "not run: proxy failed",
          "ms": 0,
          "detail": null
        },
        {
          "stage": "http",
          "status": "skip",
          "code": null,
          "message": "not run: proxy failed",
          "ms": 0,
          "detail": null
        }
      ],
      "undocumentedHosts": [],
      "direct": {
        "status": "pass",
        "code": null,
        "message": "HTTPS 400 from management.azure.com:443 in 97 ms (any HTTP status proves reachability)."
      }
    }
  ],
  "rules": [
    {
      "id": "SCP-TOP-TIER",
      "title": "The SCP is installed at the top-tier site",
      "status": "pass",
      "message": "CAS is a central administration site: the top tier of the hierarchy.",
      "evidence": [
        {
          "file": "C:\\\\scp\\\\site-plan.yaml",
          "lines": [
            "site:",
            "  code: CAS",
            "  type: cas"
          ]
        }
      ],
      "remediation": [],
      "source": {
        "title": "About the service connection point in System Center Configuration Manager",
        "url": "https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point",
        "date": "2018-03-21"
      }
    },
    {
      "id": "SCP-REMOTE-ADMIN",
      "title": "The site server's computer account is a local administrator on the SCP host",
      "status": "warn",
      "message": "CONTOSO\\\\CM01$ is not listed in SCP01's local Administrators, but domain groups are: membership may be nested in CONTOSO\\\\SCCM Servers.",
      "evidence": [
        {
          "file": "C:\\\\scp\\\\evidence\\\\administrators.txt",
          "lines": [
            "Administrator",
            "CONTOSO\\\\Domain Admins",
            "CONTOSO\\\\SCCM Servers"
          ]
        }
      ],
      "remediation": [
        "Verify that CONTOSO\\\\CM01$ is a member of CONTOSO\\\\SCCM Servers: Get-ADGroupMember \\"SCCM Servers\\" | Where-Object Name -eq CM01",
        "Or add it directly on SCP01: net localgroup Administrators CONTOSO\\\\CM01$ /add"
      ],
      "source": {
        "title": "About the service connection point in System Center Configuration Manager",
        "url": "https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point",
        "date": "2018-03-21"
      }
    },
    {
      "id": "SCP-DOTNET-TLS12",
      "title": ".NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions)",
      "status": "fail",
      "message": "SchUseStrongCrypto is 0 under HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 (must be 1).",
      "evidence": [
        {
          "file": "C:\\\\scp\\\\evidence\\\\dotnet-tls.txt",
          "lines": [
            "HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319",
            "    SchUseStrongCrypto    REG_DWORD    0x0",
            "    SystemDefaultTlsVersions    REG_DWORD    0x1"
          ]
        }
      ],
      "remediation": [
        "Set HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)",
        "Restart the computer."
      ],
      "source": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      }
    },
    {
      "id": "SCP-WINHTTP-PROXY",
      "title": "WinHTTP proxy matches the site system proxy",
      "status": "skip",
      "message": "No WinHTTP evidence: collect it on the SCP host with \`netsh winhttp show proxy > winhttp.txt\`.",
      "evidence": [],
      "remediation": [
        "Add evidence.winhttpProxy to the site plan."
      ],
      "source": {
        "title": "Internet access requirements (Configuration Manager)",
        "url": "https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints",
        "date": "2025-01-01"
      }
    }
  ]
}

`

exports[`test/report/direct.test.ts > TAP > junit snapshot (lab report with --compare-direct results) > must match snapshot 1`] = `
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="scp-preflight current: NOT READY" tests="18" failures="7" errors="0" skipped="3" time="8.784">
  <testsuite name="endpoints" tests="14" failures="6" errors="0" skipped="2" time="12.312" timestamp="<timestamp>">
    <properties>
      <property name="verdict" value="not-ready"/>
      <property name="edition" value="current"/>
      <property name="host" value="SCP01"/>
      <property name="route" value="direct (NO_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)"/>
      <property name="tool" value="scp-preflight 0.1.0"/>
    </properties>
    <testcase classname="scp-preflight.endpoints.general" name="go.microsoft.com → go.microsoft.com:443" time="0.212">
      <system-out>Undocumented redirect targets: www.microsoft.com
HTTPS 302 from go.microsoft.com:443 in 212 ms.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.akamaiedge.net → *.akamaiedge.net:443" time="0.000">
      <skipped message="WILDCARD_UNTESTED: Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable." type="WILDCARD_UNTESTED">Entry: *.akamaiedge.net (Updates and servicing)
Probed: not probed (no concrete host)
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Allow *.akamaiedge.net on TCP 443 by FQDN pattern on the proxy.</skipped>
      <system-out>Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.manage.microsoft.com → sccm.manage.microsoft.com:443" time="0.181">
      <system-out>WARN TLS_INTERCEPTED: TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through &quot;Contoso TLS Inspection CA&quot; (from --ca-file): the traffic is re-signed by an inspection device.
Direct (without the proxy): FAIL CONNECT_TIMEOUT: TCP connect to sccm.manage.microsoft.com (20.190.128.12) port 443 got no answer in 8000 ms: a firewall drops it. Works only through the proxy: the rule belongs on the proxy; the SCP host needs only its path to the proxy.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.manage.microsoft.com → configmgrbits.cdn.manage.microsoft.com:443" time="0.009">
      <failure message="PROXY_DENIED: proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0)." type="PROXY_DENIED">Entry: *.manage.microsoft.com (Updates and servicing)
Probed: https://configmgrbits.cdn.manage.microsoft.com:443/
Route: PROXY proxy.contoso.com:8080 (--proxy)
Direct (without the proxy): FAIL CONNECT_TIMEOUT: TCP connect to configmgrbits.cdn.manage.microsoft.com (13.107.246.45) port 443 got no answer in 8000 ms: a firewall drops it. Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.
Fix: Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.
dns: skip (0 ms) resolved by the proxy
proxy: fail PROXY_DENIED (9 ms) proxy fail
tls: skip (0 ms) not run: proxy failed
http: skip (0 ms) not run: proxy failed</failure>
      <system-out>proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0).
Direct (without the proxy): FAIL CONNECT_TIMEOUT: TCP connect to configmgrbits.cdn.manage.microsoft.com (13.107.246.45) port 443 got no answer in 8000 ms: a firewall drops it. Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="download.microsoft.com → download.microsoft.com:443" time="0.164">
      <system-out>HTTPS 200 from download.microsoft.com:443 in 164 ms.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="sccmconnected-a01.cloudapp.net → sccmconnected-a01.cloudapp.net:443" time="0.014">
      <failure message="DNS_NXDOMAIN: DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN)." type="DNS_NXDOMAIN">Entry: sccmconnected-a01.cloudapp.net (Updates and servicing)
Probed: https://sccmconnected-a01.cloudapp.net:443/
Route: direct (NO_PROXY matched .contoso.com)
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.
Fix: Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.
dns: fail DNS_NXDOMAIN (14 ms) dns fail
connect: skip (0 ms) not run: dns failed
tls: skip (0 ms) not run: dns failed
http: skip (0 ms) not run: dns failed</failure>
      <system-out>DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="definitionupdates.microsoft.com → definitionupdates.microsoft.com:443" time="8.022">
      <failure message="CONNECT_TIMEOUT: TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it." type="CONNECT_TIMEOUT">Entry: definitionupdates.microsoft.com (Updates and servicing)
Probed: https://definitionupdates.microsoft.com:443/
Route: direct (NO_PROXY matched .contoso.com)
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.
Fix: Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.
dns: pass (22 ms) dns pass
connect: fail CONNECT_TIMEOUT (8000 ms) connect fail
tls: skip (0 ms) not run: connect failed
http: skip (0 ms) not run: connect failed</failure>
      <system-out>TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="download.windowsupdate.com → download.windowsupdate.com:443" time="0.022">
      <failure message="CONNECT_REFUSED: TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused." type="CONNECT_REFUSED">Entry: download.windowsupdate.com (Updates and servicing)
Probed: https://download.windowsupdate.com:443/
Route: direct (NO_PROXY matched .contoso.com)
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.
Fix: Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.
dns: pass (19 ms) dns pass
connect: fail CONNECT_REFUSED (3 ms) connect fail
tls: skip (0 ms) not run: connect failed
http: skip (0 ms) not run: connect failed</failure>
      <system-out>TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="cmbitsstore.blob.core.windows.net → cmbitsstore.blob.core.windows.net:443" time="0.111">
      <failure message="TLS_CERT_EXPIRED: The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28." type="TLS_CERT_EXPIRED">Entry: cmbitsstore.blob.core.windows.net (Updates and servicing)
Probed: https://cmbitsstore.blob.core.windows.net:443/
Route: direct (NO_PROXY matched .contoso.com)
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.
Fix: This host&apos;s clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.
dns: pass (27 ms) dns pass
connect: pass (21 ms) connect pass
tls: fail TLS_CERT_EXPIRED (63 ms) tls fail
http: skip (0 ms) not run: tls failed</failure>
      <system-out>The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="umwatsonc.events.data.microsoft.com → umwatsonc.events.data.microsoft.com:443" time="0.301">
      <system-out>HTTPS 404 from umwatsonc.events.data.microsoft.com:443 through proxy.contoso.com:8080 in 301 ms (any HTTP status proves reachability).
Direct (without the proxy): PASS: HTTPS 404 from umwatsonc.events.data.microsoft.com:443 in 142 ms (any HTTP status proves reachability). Works direct too: besides the proxy, the SCP host has its own path to this destination, a bypass that may be unintended. The rule the SCP uses is on the proxy.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*-umwatsonc.events.data.microsoft.com → *-umwatsonc.events.data.microsoft.com:443" time="0.000">
      <skipped message="WILDCARD_UNTESTED: Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable." type="WILDCARD_UNTESTED">Entry: *-umwatsonc.events.data.microsoft.com (Updates and servicing)
Probed: not probed (no concrete host)
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.</skipped>
      <system-out>Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.windows-servicing" name="download.microsoft.com → download.microsoft.com:443" time="0.164">
      <system-out>HTTPS 200 from download.microsoft.com:443 in 164 ms.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.windows-servicing" name="https://go.microsoft.com/fwlink/?LinkID=619849 → go.microsoft.com:443" time="0.695">
      <system-out>Undocumented redirect targets: software-static.download.prss.microsoft.com
HTTPS 200 after 2 redirects; the chain reaches software-static.download.prss.microsoft.com, which no catalog entry covers.
Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host&apos;s egress.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.azure-services" name="management.azure.com → management.azure.com:443" time="2.417">
      <failure message="PROXY_UPSTREAM_FAILED: proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0)." type="PROXY_UPSTREAM_FAILED">Entry: management.azure.com (Azure services (public cloud))
Probed: https://management.azure.com:443/
Route: PROXY proxy.contoso.com:8080 (--proxy)
Direct (without the proxy): PASS: HTTPS 400 from management.azure.com:443 in 97 ms (any HTTP status proves reachability). Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. The SCP host&apos;s own path is a bypass that may be unintended.
Fix: Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.
dns: skip (0 ms) resolved by the proxy
proxy: fail PROXY_UPSTREAM_FAILED (2417 ms) proxy fail
tls: skip (0 ms) not run: proxy failed
http: skip (0 ms) not run: proxy failed</failure>
      <system-out>proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0).
Direct (without the proxy): PASS: HTTPS 400 from management.azure.com:443 in 97 ms (any HTTP status proves reachability). Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. The SCP host&apos;s own path is a bypass that may be unintended.</system-out>
    </testcase>
  </testsuite>
  <testsuite name="rules" tests="4" failures="1" errors="0" skipped="1" time="0.000" timestamp="<timestamp>">
    <testcase classname="scp-preflight.rules" name="SCP-TOP-TIER: The SCP is installed at the top-tier site" time="0.000">
      <system-out>CAS is a central administration site: the top tier of the hierarchy.</system-out>
    </testcase>
    <testcase classname="scp-preflight.rules" name="SCP-REMOTE-ADMIN: The site server&apos;s computer account is a local administrator on the SCP host" time="0.000">
      <system-out>WARN CONTOSO\\CM01$ is not listed in SCP01&apos;s local Administrators, but domain groups are: membership may be nested in CONTOSO\\SCCM Servers.</system-out>
    </testcase>
    <testcase classname="scp-preflight.rules" name="SCP-DOTNET-TLS12: .NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions)" time="0.000">
      <failure message="SCP-DOTNET-TLS12: SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1)." type="SCP-DOTNET-TLS12">SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1).
C:\\scp\\evidence\\dotnet-tls.txt:
  HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
      SchUseStrongCrypto    REG_DWORD    0x0
      SystemDefaultTlsVersions    REG_DWORD    0x1
Fix: Set HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)
Fix: Restart the computer.
Source: Internet access requirements (Configuration Manager) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints</failure>
      <system-out>SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1).</system-out>
    </testcase>
    <testcase classname="scp-preflight.rules" name="SCP-WINHTTP-PROXY: WinHTTP proxy matches the site system proxy" time="0.000">
      <skipped message="SCP-WINHTTP-PROXY: No WinHTTP evidence: collect it on the SCP host with \`netsh winhttp show proxy &gt; winhttp.txt\`." type="SCP-WINHTTP-PROXY">No WinHTTP evidence: collect it on the SCP host with \`netsh winhttp show proxy &gt; winhttp.txt\`.

Fix: Add evidence.winhttpProxy to the site plan.
Source: Internet access requirements (Configuration Manager) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints</skipped>
      <system-out>No WinHTTP evidence: collect it on the SCP host with \`netsh winhttp show proxy &gt; winhttp.txt\`.</system-out>
    </testcase>
  </testsuite>
</testsuites>

`

exports[`test/report/direct.test.ts > TAP > md snapshot (lab report with --compare-direct results) > must match snapshot 1`] = `
# SCP readiness: NOT READY

**Verdict:** 7 failures and 2 warnings must be resolved before the service connection point can work.

| | Fail | Warn | Waived | Skip | Pass |
|---|---:|---:|---:|---:|---:|
| Endpoints | 6 | 1 | 0 | 2 | 5 |
| Rules | 1 | 1 | 0 | 1 | 1 |
| **Total** | 7 | 2 | 0 | 3 | 6 |

- **Checked from:** SCP01 (win32 x64 (Windows Server 2022))
- **When:** <time> (8.8 s)
- **Endpoint list:** edition current — Internet access requirements (Configuration Manager) (2025-01-01) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints
- **Counted:** 11 probes (host × port × route) answered 14 endpoint results (entry × port × group × sample host) for 12 firewall rows (entry × port).
- **Route:** direct (NO\\_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)
- **Tool:** scp-preflight 0.1.0

## Firewall changes needed

**Source:** \`SCP01\` (Proxy http://proxy.contoso.com:8080: no address recorded; SCP host egress: \`10.20.4.17\`)

| Destination | Port | Rule belongs on | Observed | Direct (without the proxy) | Action |
|---|---|---|---|---|---|
| \`*.manage.microsoft.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Blocked \`PROXY_DENIED\` | Blocked \`CONNECT_TIMEOUT\` — Fails direct too | Allow \\*.manage.microsoft.com on TCP 443 (HTTPS) in the policy of proxy http://proxy.contoso.com:8080. Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of \\*.manage.microsoft.com. |
| \`sccmconnected-a01.cloudapp.net\` | TCP 443 | SCP host egress | Blocked \`DNS_NXDOMAIN\` | Blocked \`DNS_NXDOMAIN\` — Not proxied: same path | Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name. |
| \`definitionupdates.microsoft.com\` | TCP 443 | SCP host egress | Blocked \`CONNECT_TIMEOUT\` | Blocked \`CONNECT_TIMEOUT\` — Not proxied: same path | Allow outbound TCP 443 (HTTPS) from the SCP host to definitionupdates.microsoft.com on every firewall in the path. |
| \`download.windowsupdate.com\` | TCP 443 | SCP host egress | Blocked \`CONNECT_REFUSED\` | Blocked \`CONNECT_REFUSED\` — Not proxied: same path | Allow outbound TCP 443 (HTTPS) from the SCP host to download.windowsupdate.com on every firewall in the path. |
| \`cmbitsstore.blob.core.windows.net\` | TCP 443 | SCP host egress | Blocked \`TLS_CERT_EXPIRED\` | Blocked \`TLS_CERT_EXPIRED\` — Not proxied: same path | This host's clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net. |
| \`management.azure.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Blocked \`PROXY_UPSTREAM_FAILED\` | Open — Works only direct | Allow proxy http://proxy.contoso.com:8080 to resolve and reach management.azure.com on TCP 443 (HTTPS). |
| \`*.akamaiedge.net\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Not tested \`WILDCARD_UNTESTED\` | not probed | Allow \\*.akamaiedge.net on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known, so it could not be probed. |
| \`*-umwatsonc.events.data.microsoft.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Not tested \`WILDCARD_UNTESTED\` | not probed | Allow \\*-umwatsonc.events.data.microsoft.com on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known, so it could not be probed. |
| \`go.microsoft.com\` | TCP 443 | SCP host egress | Open | Open — Not proxied: same path | Redirects also reach www.microsoft.com, which the documentation does not list: allow it too. |
| \`https://go.microsoft.com/fwlink/?LinkID=619849\` | TCP 443 | SCP host egress | Open | Open — Not proxied: same path | Redirects also reach software-static.download.prss.microsoft.com, which the documentation does not list: allow it too. |

**Already open (no change needed):** \`download.microsoft.com\` TCP 443, \`umwatsonc.events.data.microsoft.com\` TCP 443

**Reachable without the proxy:** \`management.azure.com\` TCP 443, \`umwatsonc.events.data.microsoft.com\` TCP 443 — the SCP host has its own path besides the proxy, a bypass that may be unintended.

## Endpoint results that did not pass

- **✖ FAIL** \`PROXY_DENIED\` \`*.manage.microsoft.com\` via \`configmgrbits.cdn.manage.microsoft.com\` TCP 443 (Updates and servicing) — proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR\\_ACCESS\\_DENIED 0).
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.
  - Direct (without the proxy): **✖ FAIL** \`CONNECT_TIMEOUT\` — TCP connect to configmgrbits.cdn.manage.microsoft.com (13.107.246.45) port 443 got no answer in 8000 ms: a firewall drops it. Fails direct too: the rule that is needed is on the proxy; the SCP host needs only its path to the proxy.
- **✖ FAIL** \`DNS_NXDOMAIN\` \`sccmconnected-a01.cloudapp.net\` TCP 443 (Updates and servicing) — DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.
  - Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host's egress.
- **✖ FAIL** \`CONNECT_TIMEOUT\` \`definitionupdates.microsoft.com\` TCP 443 (Updates and servicing) — TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.
  - Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host's egress.
- **✖ FAIL** \`CONNECT_REFUSED\` \`download.windowsupdate.com\` TCP 443 (Updates and servicing) — TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.
  - Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host's egress.
- **✖ FAIL** \`TLS_CERT_EXPIRED\` \`cmbitsstore.blob.core.windows.net\` TCP 443 (Updates and servicing) — The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: This host's clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.
  - Direct (without the proxy): Not proxied (the route is direct), so the direct probe took the same path: the rule belongs on the SCP host's egress.
- **✖ FAIL** \`PROXY_UPSTREAM_FAILED\` \`management.azure.com\` TCP 443 (Azure services (public cloud)) — proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR\\_DNS\\_FAIL 0).
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.
  - Direct (without the proxy): **✔ PASS** — HTTPS 400 from management.azure.com:443 in 97 ms (any HTTP status proves reachability). Works direct but not through the proxy: the SCP goes through the proxy, so the rule belongs on the proxy. The SCP host's own path is a bypass that may be unintended.
- **▲ WARN** \`TLS_INTERCEPTED\` \`*.manage.microsoft.com\` via \`sccm.manage.microsoft.com\` TCP 443 (Updates and servicing) — TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through "Contoso TLS Inspection CA" (from --ca-file): the traffic is re-signed by an inspection device.
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of \\*.manage.microsoft.com.
  - Direct (without the proxy): **✖ FAIL** \`CONNECT_TIMEOUT\` — TCP connect to sccm.manage.microsoft.com (20.190.128.12) port 443 got no answer in 8000 ms: a firewall drops it. Works only through the proxy: the rule belongs on the proxy; the SCP host needs only its path to the proxy.
- **○ SKIP** \`WILDCARD_UNTESTED\` \`*.akamaiedge.net\` TCP 443 (Updates and servicing) — Wildcard \\*.akamaiedge.net has no known concrete host; it is not proven reachable.
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Allow \\*.akamaiedge.net on TCP 443 by FQDN pattern on the proxy.
- **○ SKIP** \`WILDCARD_UNTESTED\` \`*-umwatsonc.events.data.microsoft.com\` TCP 443 (Updates and servicing) — Wildcard \\*-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable.
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.

## Roots the chains end in

- CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US — go.microsoft.com port 443, download.microsoft.com port 443, umwatsonc.events.data.microsoft.com port 443
- CN=Contoso TLS Inspection CA,OU=Network Security,O=Contoso Ltd,C=NL — sccm.manage.microsoft.com port 443

## Prerequisite rules that did not pass

- **✖ FAIL** \`SCP-DOTNET-TLS12\` .NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions) — SchUseStrongCrypto is 0 under HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 (must be 1).

  Evidence from \`C:\\scp\\evidence\\dotnet-tls.txt\`:

  \`\`\`text
  HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
      SchUseStrongCrypto    REG_DWORD    0x0
      SystemDefaultTlsVersions    REG_DWORD    0x1
  \`\`\`

  - Fix: Set HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)
  - Fix: Restart the computer.
- **▲ WARN** \`SCP-REMOTE-ADMIN\` The site server's computer account is a local administrator on the SCP host — CONTOSO\\\\CM01$ is not listed in SCP01's local Administrators, but domain groups are: membership may be nested in CONTOSO\\\\SCCM Servers.

  Evidence from \`C:\\scp\\evidence\\administrators.txt\`:

  \`\`\`text
  Administrator
  CONTOSO\\Domain Admins
  CONTOSO\\SCCM Servers
  \`\`\`

  - Fix: Verify that CONTOSO\\\\CM01$ is a member of CONTOSO\\\\SCCM Servers: Get-ADGroupMember "SCCM Servers" \\| Where-Object Name -eq CM01
  - Fix: Or add it directly on SCP01: net localgroup Administrators CONTOSO\\\\CM01$ /add
- **○ SKIP** \`SCP-WINHTTP-PROXY\` WinHTTP proxy matches the site system proxy — No WinHTTP evidence: collect it on the SCP host with \\\`netsh winhttp show proxy \\> winhttp.txt\\\`.
  - Fix: Add evidence.winhttpProxy to the site plan.

_Full evidence: the JSON and HTML reports of this run (<timestamp>)._

`
