/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/report/formats.test.ts > TAP > csv snapshot (lab report with waivers) > must match snapshot 1`] = `
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
  00d0: 7265 7373 6573 0d0a 2a2e 6d61 6e61 6765  resses..*.manage
  00e0: 2e6d 6963 726f 736f 6674 2e63 6f6d 2c2a  .microsoft.com,*
  00f0: 2e6d 616e 6167 652e 6d69 6372 6f73 6f66  .manage.microsof
  0100: 742e 636f 6d2c 3434 332c 5443 502c 4854  t.com,443,TCP,HT
  0110: 5450 532c 5570 6461 7465 7320 616e 6420  TPS,Updates.and.
  0120: 7365 7276 6963 696e 672c 5072 6f78 7920  servicing,Proxy.
  0130: 6874 7470 3a2f 2f70 726f 7879 2e63 6f6e  http://proxy.con
  0140: 746f 736f 2e63 6f6d 3a38 3038 302c 6874  toso.com:8080,ht
  0150: 7470 3a2f 2f70 726f 7879 2e63 6f6e 746f  tp://proxy.conto
  0160: 736f 2e63 6f6d 3a38 3038 302c 626c 6f63  so.com:8080,bloc
  0170: 6b65 642c 426c 6f63 6b65 642c 5052 4f58  ked,Blocked,PROX
  0180: 595f 4445 4e49 4544 2c50 524f 5859 5f44  Y_DENIED,PROXY_D
  0190: 454e 4945 4420 544c 535f 494e 5445 5243  ENIED.TLS_INTERC
  01a0: 4550 5445 442c 7363 636d 2e6d 616e 6167  EPTED,sccm.manag
  01b0: 652e 6d69 6372 6f73 6f66 742e 636f 6d20  e.microsoft.com.
  01c0: 636f 6e66 6967 6d67 7262 6974 732e 6364  configmgrbits.cd
  01d0: 6e2e 6d61 6e61 6765 2e6d 6963 726f 736f  n.manage.microso
  01e0: 6674 2e63 6f6d 2c41 6c6c 6f77 202a 2e6d  ft.com,Allow.*.m
  01f0: 616e 6167 652e 6d69 6372 6f73 6f66 742e  anage.microsoft.
  0200: 636f 6d20 6f6e 2054 4350 2034 3433 2028  com.on.TCP.443.(
  0210: 4854 5450 5329 2069 6e20 7468 6520 706f  HTTPS).in.the.po
  0220: 6c69 6379 206f 6620 7072 6f78 7920 6874  licy.of.proxy.ht
  0230: 7470 3a2f 2f70 726f 7879 2e63 6f6e 746f  tp://proxy.conto
  0240: 736f 2e63 6f6d 3a38 3038 302e 2045 7865  so.com:8080..Exe
  0250: 6d70 7420 7363 636d 2e6d 616e 6167 652e  mpt.sccm.manage.
  0260: 6d69 6372 6f73 6f66 742e 636f 6d20 6672  microsoft.com.fr
  0270: 6f6d 2054 4c53 2069 6e73 7065 6374 696f  om.TLS.inspectio
  0280: 6e20 6f6e 2070 726f 7879 2e63 6f6e 746f  n.on.proxy.conto
  0290: 736f 2e63 6f6d 3a20 4d69 6372 6f73 6f66  so.com:.Microsof
  02a0: 7420 646f 6573 206e 6f74 2073 7570 706f  t.does.not.suppo
  02b0: 7274 2069 6e73 7065 6374 696f 6e20 6f66  rt.inspection.of
  02c0: 202a 2e6d 616e 6167 652e 6d69 6372 6f73  .*.manage.micros
  02d0: 6f66 742e 636f 6d2e 2c2c 2c2c 2c53 4350  oft.com.,,,,,SCP
  02e0: 3031 2c0d 0a73 6363 6d63 6f6e 6e65 6374  01,..sccmconnect
  02f0: 6564 2d61 3031 2e63 6c6f 7564 6170 702e  ed-a01.cloudapp.
  0300: 6e65 742c 7363 636d 636f 6e6e 6563 7465  net,sccmconnecte
  0310: 642d 6130 312e 636c 6f75 6461 7070 2e6e  d-a01.cloudapp.n
  0320: 6574 2c34 3433 2c54 4350 2c48 5454 5053  et,443,TCP,HTTPS
  0330: 2c55 7064 6174 6573 2061 6e64 2073 6572  ,Updates.and.ser
  0340: 7669 6369 6e67 2c53 4350 2068 6f73 7420  vicing,SCP.host.
  0350: 6567 7265 7373 2c2c 626c 6f63 6b65 642c  egress,,blocked,
  0360: 426c 6f63 6b65 642c 444e 535f 4e58 444f  Blocked,DNS_NXDO
  0370: 4d41 494e 2c44 4e53 5f4e 5844 4f4d 4149  MAIN,DNS_NXDOMAI
  0380: 4e2c 7363 636d 636f 6e6e 6563 7465 642d  N,sccmconnected-
  0390: 6130 312e 636c 6f75 6461 7070 2e6e 6574  a01.cloudapp.net
  03a0: 2c43 6865 636b 2074 6865 2063 6f6e 6469  ,Check.the.condi
  03b0: 7469 6f6e 616c 2066 6f72 7761 7264 6572  tional.forwarder
  03c0: 7320 6f66 2031 302e 3230 2e30 2e35 333a  s.of.10.20.0.53:
  03d0: 2061 2073 706c 6974 2d68 6f72 697a 6f6e  .a.split-horizon
  03e0: 2063 6c6f 7564 6170 702e 6e65 7420 7a6f  .cloudapp.net.zo
  03f0: 6e65 2068 6964 6573 2074 6865 2070 7562  ne.hides.the.pub
  0400: 6c69 6320 6e61 6d65 2e2c 6578 7069 7265  lic.name.,expire
  0410: 642c 494e 432d 3737 372c 3230 3235 2d30  d,INC-777,2025-0
  0420: 332d 3031 2c44 4e53 2066 6f72 7761 7264  3-01,DNS.forward
  0430: 6572 2066 6978 2070 656e 6469 6e67 2e2c  er.fix.pending.,
  0440: 5343 5030 312c 3130 2e32 302e 342e 3137  SCP01,10.20.4.17
  0450: 0d0a 6465 6669 6e69 7469 6f6e 7570 6461  ..definitionupda
  0460: 7465 732e 6d69 6372 6f73 6f66 742e 636f  tes.microsoft.co
  0470: 6d2c 6465 6669 6e69 7469 6f6e 7570 6461  m,definitionupda
  0480: 7465 732e 6d69 6372 6f73 6f66 742e 636f  tes.microsoft.co
  0490: 6d2c 3434 332c 5443 502c 4854 5450 532c  m,443,TCP,HTTPS,
  04a0: 5570 6461 7465 7320 616e 6420 7365 7276  Updates.and.serv
  04b0: 6963 696e 672c 5343 5020 686f 7374 2065  icing,SCP.host.e
  04c0: 6772 6573 732c 2c62 6c6f 636b 6564 2c42  gress,,blocked,B
  04d0: 6c6f 636b 6564 2c43 4f4e 4e45 4354 5f54  locked,CONNECT_T
  04e0: 494d 454f 5554 2c43 4f4e 4e45 4354 5f54  IMEOUT,CONNECT_T
  04f0: 494d 454f 5554 2c64 6566 696e 6974 696f  IMEOUT,definitio
  0500: 6e75 7064 6174 6573 2e6d 6963 726f 736f  nupdates.microso
  0510: 6674 2e63 6f6d 2c41 6c6c 6f77 206f 7574  ft.com,Allow.out
  0520: 626f 756e 6420 5443 5020 3434 3320 2848  bound.TCP.443.(H
  0530: 5454 5053 2920 6672 6f6d 2074 6865 2053  TTPS).from.the.S
  0540: 4350 2068 6f73 7420 746f 2064 6566 696e  CP.host.to.defin
  0550: 6974 696f 6e75 7064 6174 6573 2e6d 6963  itionupdates.mic
  0560: 726f 736f 6674 2e63 6f6d 206f 6e20 6576  rosoft.com.on.ev
  0570: 6572 7920 6669 7265 7761 6c6c 2069 6e20  ery.firewall.in.
  0580: 7468 6520 7061 7468 2e2c 2c2c 2c2c 5343  the.path.,,,,,SC
  0590: 5030 312c 3130 2e32 302e 342e 3137 0d0a  P01,10.20.4.17..
  05a0: 646f 776e 6c6f 6164 2e77 696e 646f 7773  download.windows
  05b0: 7570 6461 7465 2e63 6f6d 2c64 6f77 6e6c  update.com,downl
  05c0: 6f61 642e 7769 6e64 6f77 7375 7064 6174  oad.windowsupdat
  05d0: 652e 636f 6d2c 3434 332c 5443 502c 4854  e.com,443,TCP,HT
  05e0: 5450 532c 5570 6461 7465 7320 616e 6420  TPS,Updates.and.
  05f0: 7365 7276 6963 696e 672c 5343 5020 686f  servicing,SCP.ho
  0600: 7374 2065 6772 6573 732c 2c62 6c6f 636b  st.egress,,block
  0610: 6564 2c42 6c6f 636b 6564 2c43 4f4e 4e45  ed,Blocked,CONNE
  0620: 4354 5f52 4546 5553 4544 2c43 4f4e 4e45  CT_REFUSED,CONNE
  0630: 4354 5f52 4546 5553 4544 2c64 6f77 6e6c  CT_REFUSED,downl
  0640: 6f61 642e 7769 6e64 6f77 7375 7064 6174  oad.windowsupdat
  0650: 652e 636f 6d2c 416c 6c6f 7720 6f75 7462  e.com,Allow.outb
  0660: 6f75 6e64 2054 4350 2034 3433 2028 4854  ound.TCP.443.(HT
  0670: 5450 5329 2066 726f 6d20 7468 6520 5343  TPS).from.the.SC
  0680: 5020 686f 7374 2074 6f20 646f 776e 6c6f  P.host.to.downlo
  0690: 6164 2e77 696e 646f 7773 7570 6461 7465  ad.windowsupdate
  06a0: 2e63 6f6d 206f 6e20 6576 6572 7920 6669  .com.on.every.fi
  06b0: 7265 7761 6c6c 2069 6e20 7468 6520 7061  rewall.in.the.pa
  06c0: 7468 2e2c 2c2c 2c2c 5343 5030 312c 3130  th.,,,,,SCP01,10
  06d0: 2e32 302e 342e 3137 0d0a 636d 6269 7473  .20.4.17..cmbits
  06e0: 7374 6f72 652e 626c 6f62 2e63 6f72 652e  store.blob.core.
  06f0: 7769 6e64 6f77 732e 6e65 742c 636d 6269  windows.net,cmbi
  0700: 7473 7374 6f72 652e 626c 6f62 2e63 6f72  tsstore.blob.cor
  0710: 652e 7769 6e64 6f77 732e 6e65 742c 3434  e.windows.net,44
  0720: 332c 5443 502c 4854 5450 532c 5570 6461  3,TCP,HTTPS,Upda
  0730: 7465 7320 616e 6420 7365 7276 6963 696e  tes.and.servicin
  0740: 672c 5343 5020 686f 7374 2065 6772 6573  g,SCP.host.egres
  0750: 732c 2c62 6c6f 636b 6564 2c42 6c6f 636b  s,,blocked,Block
  0760: 6564 2c54 4c53 5f43 4552 545f 4558 5049  ed,TLS_CERT_EXPI
  0770: 5245 442c 544c 535f 4345 5254 5f45 5850  RED,TLS_CERT_EXP
  0780: 4952 4544 2c63 6d62 6974 7373 746f 7265  IRED,cmbitsstore
  0790: 2e62 6c6f 622e 636f 7265 2e77 696e 646f  .blob.core.windo
  07a0: 7773 2e6e 6574 2c54 6869 7320 686f 7374  ws.net,This.host
  07b0: 2773 2063 6c6f 636b 2069 7320 7269 6768  's.clock.is.righ
  07c0: 743a 2066 696e 6420 7468 6520 6465 7669  t:.find.the.devi
  07d0: 6365 2070 7265 7365 6e74 696e 6720 616e  ce.presenting.an
  07e0: 2065 7870 6972 6564 2063 6572 7469 6669  .expired.certifi
  07f0: 6361 7465 2066 6f72 2063 6d62 6974 7373  cate.for.cmbitss
  0800: 746f 7265 2e62 6c6f 622e 636f 7265 2e77  tore.blob.core.w
  0810: 696e 646f 7773 2e6e 6574 2e2c 2c2c 2c2c  indows.net.,,,,,
  0820: 5343 5030 312c 3130 2e32 302e 342e 3137  SCP01,10.20.4.17
  0830: 0d0a 6d61 6e61 6765 6d65 6e74 2e61 7a75  ..management.azu
  0840: 7265 2e63 6f6d 2c6d 616e 6167 656d 656e  re.com,managemen
  0850: 742e 617a 7572 652e 636f 6d2c 3434 332c  t.azure.com,443,
  0860: 5443 502c 4854 5450 532c 417a 7572 6520  TCP,HTTPS,Azure.
  0870: 7365 7276 6963 6573 2028 7075 626c 6963  services.(public
  0880: 2063 6c6f 7564 292c 5072 6f78 7920 6874  .cloud),Proxy.ht
  0890: 7470 3a2f 2f70 726f 7879 2e63 6f6e 746f  tp://proxy.conto
  08a0: 736f 2e63 6f6d 3a38 3038 302c 6874 7470  so.com:8080,http
  08b0: 3a2f 2f70 726f 7879 2e63 6f6e 746f 736f  ://proxy.contoso
  08c0: 2e63 6f6d 3a38 3038 302c 626c 6f63 6b65  .com:8080,blocke
  08d0: 642c 426c 6f63 6b65 642c 5052 4f58 595f  d,Blocked,PROXY_
  08e0: 5550 5354 5245 414d 5f46 4149 4c45 442c  UPSTREAM_FAILED,
  08f0: 5052 4f58 595f 5550 5354 5245 414d 5f46  PROXY_UPSTREAM_F
  0900: 4149 4c45 442c 6d61 6e61 6765 6d65 6e74  AILED,management
  0910: 2e61 7a75 7265 2e63 6f6d 2c41 6c6c 6f77  .azure.com,Allow
  0920: 2070 726f 7879 2068 7474 703a 2f2f 7072  .proxy.http://pr
  0930: 6f78 792e 636f 6e74 6f73 6f2e 636f 6d3a  oxy.contoso.com:
  0940: 3830 3830 2074 6f20 7265 736f 6c76 6520  8080.to.resolve.
  0950: 616e 6420 7265 6163 6820 6d61 6e61 6765  and.reach.manage
  0960: 6d65 6e74 2e61 7a75 7265 2e63 6f6d 206f  ment.azure.com.o
  0970: 6e20 5443 5020 3434 3320 2848 5454 5053  n.TCP.443.(HTTPS
  0980: 292e 2c2c 2c2c 2c53 4350 3031 2c0d 0a2a  ).,,,,,SCP01,..*
  0990: 2e61 6b61 6d61 6965 6467 652e 6e65 742c  .akamaiedge.net,
  09a0: 2a2e 616b 616d 6169 6564 6765 2e6e 6574  *.akamaiedge.net
  09b0: 2c34 3433 2c54 4350 2c48 5454 5053 2c55  ,443,TCP,HTTPS,U
  09c0: 7064 6174 6573 2061 6e64 2073 6572 7669  pdates.and.servi
  09d0: 6369 6e67 2c50 726f 7879 2068 7474 703a  cing,Proxy.http:
  09e0: 2f2f 7072 6f78 792e 636f 6e74 6f73 6f2e  //proxy.contoso.
  09f0: 636f 6d3a 3830 3830 2c68 7474 703a 2f2f  com:8080,http://
  0a00: 7072 6f78 792e 636f 6e74 6f73 6f2e 636f  proxy.contoso.co
  0a10: 6d3a 3830 3830 2c75 6e74 6573 7465 642c  m:8080,untested,
  0a20: 4e6f 7420 7465 7374 6564 2c57 494c 4443  Not.tested,WILDC
  0a30: 4152 445f 554e 5445 5354 4544 2c57 494c  ARD_UNTESTED,WIL
  0a40: 4443 4152 445f 554e 5445 5354 4544 2c2c  DCARD_UNTESTED,,
  0a50: 2241 6c6c 6f77 202a 2e61 6b61 6d61 6965  "Allow.*.akamaie
  0a60: 6467 652e 6e65 7420 6f6e 2054 4350 2034  dge.net.on.TCP.4
  0a70: 3433 2028 4854 5450 5329 2062 7920 4651  43.(HTTPS).by.FQ
  0a80: 444e 2070 6174 7465 726e 2061 7320 646f  DN.pattern.as.do
  0a90: 6375 6d65 6e74 6564 3b20 6e6f 2063 6f6e  cumented;.no.con
  0aa0: 6372 6574 6520 686f 7374 2069 7320 6b6e  crete.host.is.kn
  0ab0: 6f77 6e2c 2073 6f20 6974 2063 6f75 6c64  own,.so.it.could
  0ac0: 206e 6f74 2062 6520 7072 6f62 6564 2e22  .not.be.probed."
  0ad0: 2c2c 2c2c 2c53 4350 3031 2c0d 0a2a 2d75  ,,,,,SCP01,..*-u
  0ae0: 6d77 6174 736f 6e63 2e65 7665 6e74 732e  mwatsonc.events.
  0af0: 6461 7461 2e6d 6963 726f 736f 6674 2e63  data.microsoft.c
  0b00: 6f6d 2c2a 2d75 6d77 6174 736f 6e63 2e65  om,*-umwatsonc.e
  0b10: 7665 6e74 732e 6461 7461 2e6d 6963 726f  vents.data.micro
  0b20: 736f 6674 2e63 6f6d 2c34 3433 2c54 4350  soft.com,443,TCP
  0b30: 2c48 5454 5053 2c55 7064 6174 6573 2061  ,HTTPS,Updates.a
  0b40: 6e64 2073 6572 7669 6369 6e67 2c50 726f  nd.servicing,Pro
  0b50: 7879 2068 7474 703a 2f2f 7072 6f78 792e  xy.http://proxy.
  0b60: 636f 6e74 6f73 6f2e 636f 6d3a 3830 3830  contoso.com:8080
  0b70: 2c68 7474 703a 2f2f 7072 6f78 792e 636f  ,http://proxy.co
  0b80: 6e74 6f73 6f2e 636f 6d3a 3830 3830 2c75  ntoso.com:8080,u
  0b90: 6e74 6573 7465 642c 4e6f 7420 7465 7374  ntested,Not.test
  0ba0: 6564 2c57 494c 4443 4152 445f 554e 5445  ed,WILDCARD_UNTE
  0bb0: 5354 4544 2c57 494c 4443 4152 445f 554e  STED,WILDCARD_UN
  0bc0: 5445 5354 4544 2c2c 2241 6c6c 6f77 202a  TESTED,,"Allow.*
  0bd0: 2d75 6d77 6174 736f 6e63 2e65 7665 6e74  -umwatsonc.event
  0be0: 732e 6461 7461 2e6d 6963 726f 736f 6674  s.data.microsoft
  0bf0: 2e63 6f6d 206f 6e20 5443 5020 3434 3320  .com.on.TCP.443.
  0c00: 2848 5454 5053 2920 6279 2046 5144 4e20  (HTTPS).by.FQDN.
  0c10: 7061 7474 6572 6e20 6173 2064 6f63 756d  pattern.as.docum
  0c20: 656e 7465 643b 206e 6f20 636f 6e63 7265  ented;.no.concre
  0c30: 7465 2068 6f73 7420 6973 206b 6e6f 776e  te.host.is.known
  0c40: 2c20 736f 2069 7420 636f 756c 6420 6e6f  ,.so.it.could.no
  0c50: 7420 6265 2070 726f 6265 642e 222c 2c2c  t.be.probed.",,,
  0c60: 2c2c 5343 5030 312c 0d0a 676f 2e6d 6963  ,,SCP01,..go.mic
  0c70: 726f 736f 6674 2e63 6f6d 2c67 6f2e 6d69  rosoft.com,go.mi
  0c80: 6372 6f73 6f66 742e 636f 6d2c 3434 332c  crosoft.com,443,
  0c90: 5443 502c 4854 5450 532c 4765 6e65 7261  TCP,HTTPS,Genera
  0ca0: 6c2c 5343 5020 686f 7374 2065 6772 6573  l,SCP.host.egres
  0cb0: 732c 2c6f 7065 6e2c 4f70 656e 2c2c 2c67  s,,open,Open,,,g
  0cc0: 6f2e 6d69 6372 6f73 6f66 742e 636f 6d2c  o.microsoft.com,
  0cd0: 2252 6564 6972 6563 7473 2061 6c73 6f20  "Redirects.also.
  0ce0: 7265 6163 6820 7777 772e 6d69 6372 6f73  reach.www.micros
  0cf0: 6f66 742e 636f 6d2c 2077 6869 6368 2074  oft.com,.which.t
  0d00: 6865 2064 6f63 756d 656e 7461 7469 6f6e  he.documentation
  0d10: 2064 6f65 7320 6e6f 7420 6c69 7374 3a20  .does.not.list:.
  0d20: 616c 6c6f 7720 6974 2074 6f6f 2e22 2c2c  allow.it.too.",,
  0d30: 2c2c 2c53 4350 3031 2c31 302e 3230 2e34  ,,,SCP01,10.20.4
  0d40: 2e31 370d 0a68 7474 7073 3a2f 2f67 6f2e  .17..https://go.
  0d50: 6d69 6372 6f73 6f66 742e 636f 6d2f 6677  microsoft.com/fw
  0d60: 6c69 6e6b 2f3f 4c69 6e6b 4944 3d36 3139  link/?LinkID=619
  0d70: 3834 392c 676f 2e6d 6963 726f 736f 6674  849,go.microsoft
  0d80: 2e63 6f6d 2c34 3433 2c54 4350 2c48 5454  .com,443,TCP,HTT
  0d90: 5053 2c57 696e 646f 7773 2073 6572 7669  PS,Windows.servi
  0da0: 6369 6e67 2c53 4350 2068 6f73 7420 6567  cing,SCP.host.eg
  0db0: 7265 7373 2c2c 6f70 656e 2c4f 7065 6e2c  ress,,open,Open,
  0dc0: 2c2c 676f 2e6d 6963 726f 736f 6674 2e63  ,,go.microsoft.c
  0dd0: 6f6d 2c22 5265 6469 7265 6374 7320 616c  om,"Redirects.al
  0de0: 736f 2072 6561 6368 2073 6f66 7477 6172  so.reach.softwar
  0df0: 652d 7374 6174 6963 2e64 6f77 6e6c 6f61  e-static.downloa
  0e00: 642e 7072 7373 2e6d 6963 726f 736f 6674  d.prss.microsoft
  0e10: 2e63 6f6d 2c20 7768 6963 6820 7468 6520  .com,.which.the.
  0e20: 646f 6375 6d65 6e74 6174 696f 6e20 646f  documentation.do
  0e30: 6573 206e 6f74 206c 6973 743a 2061 6c6c  es.not.list:.all
  0e40: 6f77 2069 7420 746f 6f2e 222c 2c2c 2c2c  ow.it.too.",,,,,
  0e50: 5343 5030 312c 3130 2e32 302e 342e 3137  SCP01,10.20.4.17
  0e60: 0d0a 646f 776e 6c6f 6164 2e6d 6963 726f  ..download.micro
  0e70: 736f 6674 2e63 6f6d 2c64 6f77 6e6c 6f61  soft.com,downloa
  0e80: 642e 6d69 6372 6f73 6f66 742e 636f 6d2c  d.microsoft.com,
  0e90: 3434 332c 5443 502c 4854 5450 532c 5570  443,TCP,HTTPS,Up
  0ea0: 6461 7465 7320 616e 6420 7365 7276 6963  dates.and.servic
  0eb0: 696e 673b 2057 696e 646f 7773 2073 6572  ing;.Windows.ser
  0ec0: 7669 6369 6e67 2c53 4350 2068 6f73 7420  vicing,SCP.host.
  0ed0: 6567 7265 7373 2c2c 6f70 656e 2c4f 7065  egress,,open,Ope
  0ee0: 6e2c 2c2c 646f 776e 6c6f 6164 2e6d 6963  n,,,download.mic
  0ef0: 726f 736f 6674 2e63 6f6d 2c4e 6f6e 652e  rosoft.com,None.
  0f00: 2c2c 2c2c 2c53 4350 3031 2c31 302e 3230  ,,,,,SCP01,10.20
  0f10: 2e34 2e31 370d 0a75 6d77 6174 736f 6e63  .4.17..umwatsonc
  0f20: 2e65 7665 6e74 732e 6461 7461 2e6d 6963  .events.data.mic
  0f30: 726f 736f 6674 2e63 6f6d 2c75 6d77 6174  rosoft.com,umwat
  0f40: 736f 6e63 2e65 7665 6e74 732e 6461 7461  sonc.events.data
  0f50: 2e6d 6963 726f 736f 6674 2e63 6f6d 2c34  .microsoft.com,4
  0f60: 3433 2c54 4350 2c48 5454 5053 2c55 7064  43,TCP,HTTPS,Upd
  0f70: 6174 6573 2061 6e64 2073 6572 7669 6369  ates.and.servici
  0f80: 6e67 2c50 726f 7879 2068 7474 703a 2f2f  ng,Proxy.http://
  0f90: 7072 6f78 792e 636f 6e74 6f73 6f2e 636f  proxy.contoso.co
  0fa0: 6d3a 3830 3830 2c68 7474 703a 2f2f 7072  m:8080,http://pr
  0fb0: 6f78 792e 636f 6e74 6f73 6f2e 636f 6d3a  oxy.contoso.com:
  0fc0: 3830 3830 2c6f 7065 6e2c 4f70 656e 2c2c  8080,open,Open,,
  0fd0: 2c75 6d77 6174 736f 6e63 2e65 7665 6e74  ,umwatsonc.event
  0fe0: 732e 6461 7461 2e6d 6963 726f 736f 6674  s.data.microsoft
  0ff0: 2e63 6f6d 2c4e 6f6e 652e 2c2c 2c2c 2c53  .com,None.,,,,,S
  1000: 4350 3031 2c0d 0a                        CP01,..
>
`

exports[`test/report/formats.test.ts > TAP > html snapshot (lab report with waivers) > must match snapshot 1`] = `
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
  <div class="why">5 failures and 2 warnings must be resolved before the service connection point can work. 2 items waived.</div>
</section>

<div class="tiles" role="list" aria-label="Result counts">
  <div class="tile tile-fail"><div class="n">5</div><div class="l">Fail</div><div class="small muted">5 endpoint results, 0 rules</div></div><div class="tile tile-warn"><div class="n">2</div><div class="l">Warn</div><div class="small muted">1 endpoint result, 1 rule</div></div><div class="tile tile-waived"><div class="n">2</div><div class="l">Waived</div><div class="small muted">1 endpoint result, 1 rule</div></div><div class="tile tile-skip"><div class="n">3</div><div class="l">Skip</div><div class="small muted">2 endpoint results, 1 rule</div></div><div class="tile tile-pass"><div class="n">6</div><div class="l">Pass</div><div class="small muted">5 endpoint results, 1 rule</div></div>
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
<nav class="toc" aria-label="Contents"><ol><li><a href="#firewall">1. Firewall change request</a></li><li><a href="#endpoints">2. Endpoint results</a></li><li><a href="#rules">3. Prerequisite rules</a></li><li><a href="#waivers">4. Waivers</a></li><li><a href="#appendix">5. Appendix: evidence</a></li></ol></nav>
</header>
<section id="firewall" aria-labelledby="firewall-h">
<h2 id="firewall-h">Firewall change request</h2>
<p class="lead">Every destination the documentation lists for the selected groups, as documented (FQDN, wildcard or URL), with
where the allow rule belongs — on the egress path of the SCP host, or on the proxy when the SCP reaches the internet through
one — who needs it (the host the probes ran on and the addresses they left from) and what the probes observed.
10 of 12 firewall rows need action.</p>
<table class="fw stack stack-print">
<caption>Firewall change request — 10 firewall rows (entry × port) needing action, edition current</caption>
<colgroup><col style="width:21%"><col style="width:8%"><col style="width:12%"><col style="width:14%"><col style="width:15%"><col></colgroup>
<thead><tr><th scope="col">Destination</th><th scope="col">Port</th><th scope="col">Purpose</th><th scope="col">Rule belongs on</th><th scope="col">Observed</th><th scope="col">Action needed</th></tr></thead>
<tbody>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">*.<wbr>manage.<wbr>microsoft.<wbr>com</span></div><div class="probed">probed: <span class="host">sccm.<wbr>manage.<wbr>microsoft.<wbr>com</span>, <span class="host">configmgrbits.<wbr>cdn.<wbr>manage.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The proxy refused this destination by policy (403, or its own block page).">PROXY_DENIED</span></div><div><span class="code" title="The certificate chain validates only through a non-public root: a TLS inspection device is re-signing this traffic.">TLS_INTERCEPTED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow *.<wbr>manage.<wbr>microsoft.<wbr>com on TCP 443 (HTTPS) in the policy of proxy http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080.<wbr> Exempt sccm.<wbr>manage.<wbr>microsoft.<wbr>com from TLS inspection on proxy.<wbr>contoso.<wbr>com: Microsoft does not support inspection of *.<wbr>manage.<wbr>microsoft.<wbr>com.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The DNS server says the name does not exist.">DNS_NXDOMAIN</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Check the conditional forwarders of 10.20.0.53: a <span class="nb">split-horizon</span> cloudapp.<wbr>net zone hides the public name.</span><div class="waiver expired"><b>Waiver expired</b> 2025-03-01 (INC-777) — this counts as a failure again.</div></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">definitionupdates.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The connection attempt got no answer in time: a firewall silently drops it.">CONNECT_TIMEOUT</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow outbound TCP 443 (HTTPS) from the SCP host to definitionupdates.<wbr>microsoft.<wbr>com on every firewall in the path.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">download.<wbr>windowsupdate.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The connection was actively refused (TCP reset): a firewall rejects it or nothing listens on that port.">CONNECT_REFUSED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow outbound TCP 443 (HTTPS) from the SCP host to download.<wbr>windowsupdate.<wbr>com on every firewall in the path.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="A certificate in the chain has expired or is not yet valid.">TLS_CERT_EXPIRED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">This host&#39;s clock is right: find the device presenting an expired certificate for cmbitsstore.<wbr>blob.<wbr>core.<wbr>windows.<wbr>net.</span></td>
</tr>
<tr class="row-fail">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">management.<wbr>azure.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Azure services (public cloud)</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed"><span class="badge badge-fail">✖ FAIL</span><div class="small">Blocked</div><div><span class="code" title="The proxy could not reach the endpoint (502/503/504 or a proxy timeout).">PROXY_UPSTREAM_FAILED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow proxy http:/<wbr>/<wbr>proxy.<wbr>contoso.<wbr>com:8080 to resolve and reach management.<wbr>azure.<wbr>com on TCP 443 (HTTPS).</span></td>
</tr>
<tr class="row-skip">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">*.<wbr>akamaiedge.<wbr>net</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed"><span class="badge badge-skip">○ SKIP</span><div class="small">Not tested</div><div><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow *.<wbr>akamaiedge.<wbr>net on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known,<wbr> so it could not be probed.</span></td>
</tr>
<tr class="row-skip">
<th scope="row" data-label="Destination"><div class="dest"><span class="host"><span class="nb">*-umwatsonc.</span><wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed"><span class="badge badge-skip">○ SKIP</span><div class="small">Not tested</div><div><span class="code" title="A wildcard entry with no known concrete host cannot be probed; it is not proven reachable.">WILDCARD_UNTESTED</span></div></td>
<td class="wide" data-label="Action needed"><span class="host">Allow <span class="nb">*-umwatsonc.</span><wbr>events.<wbr>data.<wbr>microsoft.<wbr>com on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known,<wbr> so it could not be probed.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">go.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">General</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td class="wide" data-label="Action needed"><span class="host">Redirects also reach www.<wbr>microsoft.<wbr>com,<wbr> which the documentation does not list: allow it too.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">https:/<wbr>/<wbr>go.<wbr>microsoft.<wbr>com/<wbr>fwlink/<wbr>?<wbr>LinkID=<wbr>619849</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Windows servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td class="wide" data-label="Action needed"><span class="host">Redirects also reach <span class="nb">software-static.</span><wbr>download.<wbr>prss.<wbr>microsoft.<wbr>com,<wbr> which the documentation does not list: allow it too.</span></td>
</tr>
</tbody>
</table>
<details class="fw-open"><summary>2 firewall rows already open — no change needed</summary>
<table class="fw stack stack-print">
<caption>Already open — 2 firewall rows (entry × port)</caption>
<colgroup><col style="width:21%"><col style="width:8%"><col style="width:12%"><col style="width:14%"><col style="width:15%"><col></colgroup>
<thead><tr><th scope="col">Destination</th><th scope="col">Port</th><th scope="col">Purpose</th><th scope="col">Rule belongs on</th><th scope="col">Observed</th><th scope="col">Action needed</th></tr></thead>
<tbody>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">download.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing; Windows servicing</td>
<td data-label="Rule belongs on">SCP host egress<div class="small muted">from <span class="host">SCP01</span> · <span class="mono">10.20.4.17</span></div></td>
<td data-label="Observed"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td class="wide" data-label="Action needed"><span class="host">None.</span></td>
</tr>
<tr class="">
<th scope="row" data-label="Destination"><div class="dest"><span class="host">umwatsonc.<wbr>events.<wbr>data.<wbr>microsoft.<wbr>com</span></div></th>
<td class="nowrap" data-label="Port">TCP 443<div class="small muted">HTTPS</div></td>
<td data-label="Purpose">Updates and servicing</td>
<td data-label="Rule belongs on">Proxy<div class="mono small"><span class="host">proxy.<wbr>contoso.<wbr>com:8080</span></div><div class="small muted">http</div><div class="small muted">from <span class="host">SCP01</span></div></td>
<td data-label="Observed"><span class="badge badge-pass">✔ PASS</span><div class="small">Open</div></td>
<td class="wide" data-label="Action needed"><span class="host">None.</span></td>
</tr>
</tbody>
</table>
</details>
</section><section id="endpoints" class="page" aria-labelledby="endpoints-h">
<h2 id="endpoints-h">Endpoint results</h2>
<p class="lead">One row per documented entry × port (× sample host for a wildcard), failures first; plain passes are folded
below. Each bar shows how long each stage took — DNS, proxy, TCP connect, TLS, HTTP — on one scale for the whole report (at
least one stage timeout, so a full bar means a timeout), so slow or timed-out hops stand out.</p>
<div class="key" aria-hidden="true"><span><i class="wf-key s-dns" style="background:var(--dns)"></i>dns</span><span><i class="wf-key s-proxy" style="background:var(--proxy)"></i>proxy</span><span><i class="wf-key s-connect" style="background:var(--connect)"></i>connect</span><span><i class="wf-key s-tls" style="background:var(--tls)"></i>tls</span><span><i class="wf-key s-http" style="background:var(--http)"></i>http</span><span><i class="bad"></i>failed stage</span><span>full bar = 8022 ms (the longest result)</span></div>
<table class="results stack">
<caption>9 of 14 endpoint results from 11 probes need attention or carry a note</caption>
<colgroup><col style="width:12%"><col style="width:25%"><col><col style="width:21%"></colgroup>
<thead><tr><th scope="col">Status</th><th scope="col">Endpoint</th><th scope="col">Finding</th><th scope="col">Timing (ms)</th></tr></thead>
<tbody>
<tr class="row-fail">
<td data-label="Status"><span class="badge badge-fail">✖ FAIL</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host"><span class="nb">sccmconnected-a01.</span><wbr>cloudapp.<wbr>net</span></div>

<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">direct (NO_PROXY matched .<wbr>contoso.<wbr>com)</span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The DNS server says the name does not exist.">DNS_NXDOMAIN</span> <span class="meaning">The DNS server says the name does not exist.</span></p>
<p class="wrap">DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).</p>
<p class="fix wrap">Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.</p>


<div class="waiver expired"><b>Waiver expired on 2025-03-01</b> (INC-777, entry &quot;sccmconnected-a01.cloudapp.net&quot; any port): DNS forwarder fix pending. — this counts as a failure again.</div>
</div></td>
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



</div></td>
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



</div></td>
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



</div></td>
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



</div></td>
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

</div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 36 ms, tls 57 ms, http 88 ms"><span class="s-proxy" style="left:0.00%;width:0.45%"></span><span class="s-tls" style="left:0.45%;width:0.71%"></span><span class="s-http" style="left:1.16%;width:1.10%"></span></div>
<div class="wf-legend">proxy <b>36</b> · tls <b>57</b> · http <b>88</b> ms</div></td>
</tr>
<tr class="row-waived">
<td data-label="Status"><span class="badge badge-waived">◆ WAIVED</span></td>
<th scope="row" data-label="Endpoint"><div class="dest"><span class="host">*.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="probed">probed <span class="host">configmgrbits.<wbr>cdn.<wbr>manage.<wbr>microsoft.<wbr>com</span></div>
<div class="small muted">HTTPS 443 · Updates and servicing</div>
<div class="small muted">route <span class="host">PROXY proxy.<wbr>contoso.<wbr>com:8080 <span class="nb">(--proxy)</span></span></div></th>
<td class="wide" data-label="Finding"><div class="finding">
<p><span class="code" title="The proxy refused this destination by policy (403, or its own block page).">PROXY_DENIED</span> <span class="meaning">The proxy refused this destination by policy (403, or its own block page).</span></p>
<p class="wrap">proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0).</p>
<p class="fix wrap">Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.</p>

<ul class="notes"><li>Probed through sample host: configmgrbits.cdn.manage.microsoft.com serves update content (Microsoft internet endpoints page, 2025).</li></ul>
<div class="waiver"><b>Waived</b> until 2025-04-30 · ticket CHG-1042 (host configmgrbits.cdn.manage.microsoft.com port 443): Proxy allow-list change scheduled for the April change window.</div>
</div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="proxy 9 ms"><span class="s-proxy bad" style="left:0.00%;width:0.11%"></span></div>
<div class="wf-legend">proxy <b>9</b> ✖ ms</div></td>
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


</div></td>
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




</div></td>
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




</div></td>
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




</div></td>
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


</div></td>
<td data-label="Timing (ms)"><div class="wf" role="img" aria-label="dns 24 ms, connect 18 ms, tls 41 ms, http 612 ms"><span class="s-dns" style="left:0.00%;width:0.30%"></span><span class="s-connect" style="left:0.30%;width:0.22%"></span><span class="s-tls" style="left:0.52%;width:0.51%"></span><span class="s-http" style="left:1.03%;width:7.63%"></span></div>
<div class="wf-legend">dns <b>24</b> · connect <b>18</b> · tls <b>41</b> · http <b>612</b> ms</div></td>
</tr>
</tbody>
</table>
</details>
</section><section id="rules" class="page" aria-labelledby="rules-h">
<h2 id="rules-h">Prerequisite rules</h2>
<article class="rule st-warn" aria-labelledby="rule-SCP-REMOTE-ADMIN">
<h3 id="rule-SCP-REMOTE-ADMIN"><span class="badge badge-warn">▲ WARN</span> <span>The site server&#39;s computer account is a local administrator on the SCP host</span> <span class="rid">SCP-REMOTE-ADMIN</span></h3>
<p class="wrap">CONTOSO\\CM01$ is not listed in SCP01&#39;s local Administrators, but domain groups are: membership may be nested in CONTOSO\\SCCM Servers.</p>
<div class="evfile">Evidence from <code class="wrap">C:\\scp\\evidence\\administrators.txt</code>:</div>
<pre>Administrator
CONTOSO\\Domain Admins
CONTOSO\\SCCM Servers</pre>
<div><b>Remediation</b><ol class="steps"><li class="wrap">Verify that CONTOSO\\CM01$ is a member of CONTOSO\\SCCM Servers: Get-ADGroupMember &quot;SCCM Servers&quot; | Where-Object Name -eq CM01</li><li class="wrap">Or add it directly on SCP01: net localgroup Administrators CONTOSO\\CM01$ /add</li></ol></div>

<p class="small muted">Requirement: <a href="https://docs.microsoft.com/sccm/core/servers/deploy/configure/about-the-service-connection-point">About the service connection point in System Center Configuration Manager</a> (2018-03-21)</p>
</article><article class="rule st-waived" aria-labelledby="rule-SCP-DOTNET-TLS12">
<h3 id="rule-SCP-DOTNET-TLS12"><span class="badge badge-waived">◆ WAIVED</span> <span>.NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions)</span> <span class="rid">SCP-DOTNET-TLS12</span></h3>
<p class="wrap">SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1).</p>
<div class="evfile">Evidence from <code class="wrap">C:\\scp\\evidence\\dotnet-tls.txt</code>:</div>
<pre>HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
    SchUseStrongCrypto    REG_DWORD    0x0
    SystemDefaultTlsVersions    REG_DWORD    0x1</pre>
<div><b>Remediation</b><ol class="steps"><li class="wrap">Set HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)</li><li class="wrap">Restart the computer.</li></ol></div>
<div class="waiver"><b>Waived</b> until 2025-03-31 · ticket CHG-1077 (rule SCP-DOTNET-TLS12): Registry change rolls out with the March baseline.</div>
<p class="small muted">Requirement: <a href="https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints">Internet access requirements (Configuration Manager)</a> (2025-01-01)</p>
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
</section><section id="waivers" class="page" aria-labelledby="waivers-h">
<h2 id="waivers-h">Waivers</h2>
<p class="lead">From <code>waivers.yaml</code>, judged on 2025-03-14. A waived item keeps its
observed status and code but does not fail the verdict until its waiver expires.</p>
<table class="fixed stack">
<caption>4 waivers</caption>
<colgroup><col style="width:15%"><col style="width:20%"><col style="width:10%"><col style="width:12%"><col><col style="width:22%"></colgroup>
<thead><tr><th scope="col">State</th><th scope="col">Waives</th><th scope="col">Ticket</th><th scope="col">Expires</th><th scope="col">Reason</th><th scope="col">Matched</th></tr></thead>
<tbody>
<tr class="row-waived">
<td data-label="State"><span class="badge badge-waived">◆ ACTIVE</span><div class="small muted">line 1</div></td>
<th scope="row" class="wrap" data-label="Waives">host configmgrbits.cdn.manage.microsoft.com port 443</th>
<td class="mono wrap" data-label="Ticket">CHG-1042</td>
<td class="nowrap" data-label="Expires">2025-04-30</td>
<td class="wrap wide" data-label="Reason">Proxy allow-list change scheduled for the April change window.</td>
<td class="wrap small" data-label="Matched"><div>configmgrbits.cdn.manage.microsoft.com:443 (*.manage.microsoft.com, Updates and servicing)</div></td>
</tr>
<tr class="row-fail">
<td data-label="State"><span class="badge badge-fail">✖ EXPIRED</span><div class="small muted">line 6</div></td>
<th scope="row" class="wrap" data-label="Waives">entry &quot;sccmconnected-a01.cloudapp.net&quot; any port</th>
<td class="mono wrap" data-label="Ticket">INC-777</td>
<td class="nowrap" data-label="Expires">2025-03-01</td>
<td class="wrap wide" data-label="Reason">DNS forwarder fix pending.</td>
<td class="wrap small" data-label="Matched"><div>sccmconnected-a01.cloudapp.net:443 (sccmconnected-a01.cloudapp.net, Updates and servicing)</div></td>
</tr>
<tr class="row-waived">
<td data-label="State"><span class="badge badge-waived">◆ ACTIVE</span><div class="small muted">line 11</div></td>
<th scope="row" class="wrap" data-label="Waives">rule SCP-DOTNET-TLS12</th>
<td class="mono wrap" data-label="Ticket">CHG-1077</td>
<td class="nowrap" data-label="Expires">2025-03-31</td>
<td class="wrap wide" data-label="Reason">Registry change rolls out with the March baseline.</td>
<td class="wrap small" data-label="Matched"><div>rule SCP-DOTNET-TLS12</div></td>
</tr>
<tr class="row-skip">
<td data-label="State"><span class="badge badge-skip">○ UNUSED</span><div class="small muted">line 15</div></td>
<th scope="row" class="wrap" data-label="Waives">host download.microsoft.com port 443</th>
<td class="mono wrap" data-label="Ticket">CHG-0900</td>
<td class="nowrap" data-label="Expires">2025-12-31</td>
<td class="wrap wide" data-label="Reason">Old exception, now passes.</td>
<td class="wrap small" data-label="Matched"><span class="muted">nothing failing — remove this waiver</span></td>
</tr>
</tbody>
</table>
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

exports[`test/report/formats.test.ts > TAP > json snapshot (lab report with waivers) > must match snapshot 1`] = `
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
    "fail": 5,
    "skip": 3,
    "waived": 2
  },
  "counts": {
    "endpoints": {
      "pass": 5,
      "warn": 1,
      "fail": 5,
      "skip": 2,
      "waived": 1
    },
    "rules": {
      "pass": 1,
      "warn": 1,
      "fail": 0,
      "skip": 1,
      "waived": 1
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
      ]
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
      "waiver": {
        "reason": "Proxy allow-list change scheduled for the April change window.",
        "ticket": "CHG-1042",
        "expires": "2025-04-30",
        "expired": false,
        "matchedBy": "host configmgrbits.cdn.manage.microsoft.com port 443"
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
      "undocumentedHosts": []
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
      "waiver": {
        "reason": "DNS forwarder fix pending.",
        "ticket": "INC-777",
        "expires": "2025-03-01",
        "expired": true,
        "matchedBy": "entry \\"sccmconnected-a01.cloudapp.net\\" any port"
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
      "undocumentedHosts": []
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
      "undocumentedHosts": []
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
      "undocumentedHosts": []
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
      "undocumentedHosts": []
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
      "undocumentedHosts": []
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
      ]
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
      "undocumentedHosts": []
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
      },
      "waiver": {
        "reason": "Registry change rolls out with the March baseline.",
        "ticket": "CHG-1077",
        "expires": "2025-03-31",
        "expired": false,
        "matchedBy": "rule SCP-DOTNET-TLS12"
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
  ],
  "waivers": {
    "file": "waivers.yaml",
    "asOf": "2025-03-14",
    "items": [
      {
        "match": {
          "kind": "host",
          "host": "configmgrbits.cdn.manage.microsoft.com",
          "port": 443
        },
        "reason": "Proxy allow-list change scheduled for the April change window.",
        "ticket": "CHG-1042",
        "expires": "2025-04-30",
        "source": {
          "file": "waivers.yaml",
          "index": 0,
          "line": 1
        },
        "state": "active",
        "matchedBy": "host configmgrbits.cdn.manage.microsoft.com port 443",
        "matched": [
          "configmgrbits.cdn.manage.microsoft.com:443 (*.manage.microsoft.com, Updates and servicing)"
        ]
      },
      {
        "match": {
          "kind": "entry",
          "entry": "sccmconnected-a01.cloudapp.net",
          "port": null
        },
        "reason": "DNS forwarder fix pending.",
        "ticket": "INC-777",
        "expires": "2025-03-01",
        "source": {
          "file": "waivers.yaml",
          "index": 1,
          "line": 6
        },
        "state": "expired",
        "matchedBy": "entry \\"sccmconnected-a01.cloudapp.net\\" any port",
        "matched": [
          "sccmconnected-a01.cloudapp.net:443 (sccmconnected-a01.cloudapp.net, Updates and servicing)"
        ]
      },
      {
        "match": {
          "kind": "rule",
          "id": "SCP-DOTNET-TLS12"
        },
        "reason": "Registry change rolls out with the March baseline.",
        "ticket": "CHG-1077",
        "expires": "2025-03-31",
        "source": {
          "file": "waivers.yaml",
          "index": 2,
          "line": 11
        },
        "state": "active",
        "matchedBy": "rule SCP-DOTNET-TLS12",
        "matched": [
          "rule SCP-DOTNET-TLS12"
        ]
      },
      {
        "match": {
          "kind": "host",
          "host": "download.microsoft.com",
          "port": 443
        },
        "reason": "Old exception, now passes.",
        "ticket": "CHG-0900",
        "expires": "2025-12-31",
        "source": {
          "file": "waivers.yaml",
          "index": 3,
          "line": 15
        },
        "state": "unused",
        "matchedBy": "host download.microsoft.com port 443",
        "matched": []
      }
    ]
  }
}

`

exports[`test/report/formats.test.ts > TAP > junit snapshot (lab report with waivers) > must match snapshot 1`] = `
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="scp-preflight current: NOT READY" tests="18" failures="5" errors="0" skipped="5" time="8.784">
  <testsuite name="endpoints" tests="14" failures="5" errors="0" skipped="3" time="12.312" timestamp="<timestamp>">
    <properties>
      <property name="verdict" value="not-ready"/>
      <property name="edition" value="current"/>
      <property name="host" value="SCP01"/>
      <property name="route" value="direct (NO_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)"/>
      <property name="tool" value="scp-preflight 0.1.0"/>
    </properties>
    <testcase classname="scp-preflight.endpoints.general" name="go.microsoft.com → go.microsoft.com:443" time="0.212">
      <system-out>Undocumented redirect targets: www.microsoft.com
HTTPS 302 from go.microsoft.com:443 in 212 ms.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.akamaiedge.net → *.akamaiedge.net:443" time="0.000">
      <skipped message="WILDCARD_UNTESTED: Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable." type="WILDCARD_UNTESTED">Entry: *.akamaiedge.net (Updates and servicing)
Probed: not probed (no concrete host)
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Allow *.akamaiedge.net on TCP 443 by FQDN pattern on the proxy.</skipped>
      <system-out>Wildcard *.akamaiedge.net has no known concrete host; it is not proven reachable.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.manage.microsoft.com → sccm.manage.microsoft.com:443" time="0.181">
      <system-out>WARN TLS_INTERCEPTED: TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through &quot;Contoso TLS Inspection CA&quot; (from --ca-file): the traffic is re-signed by an inspection device.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*.manage.microsoft.com → configmgrbits.cdn.manage.microsoft.com:443" time="0.009">
      <skipped message="Waived until 2025-04-30 (CHG-1042, host configmgrbits.cdn.manage.microsoft.com port 443): Proxy allow-list change scheduled for the April change window. — PROXY_DENIED: proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0)." type="PROXY_DENIED">Entry: *.manage.microsoft.com (Updates and servicing)
Probed: https://configmgrbits.cdn.manage.microsoft.com:443/
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.
dns: skip (0 ms) resolved by the proxy
proxy: fail PROXY_DENIED (9 ms) proxy fail
tls: skip (0 ms) not run: proxy failed
http: skip (0 ms) not run: proxy failed</skipped>
      <system-out>proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR_ACCESS_DENIED 0).</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="download.microsoft.com → download.microsoft.com:443" time="0.164">
      <system-out>HTTPS 200 from download.microsoft.com:443 in 164 ms.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="sccmconnected-a01.cloudapp.net → sccmconnected-a01.cloudapp.net:443" time="0.014">
      <failure message="DNS_NXDOMAIN: DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN)." type="DNS_NXDOMAIN">Waiver expired 2025-03-01 (INC-777, entry &quot;sccmconnected-a01.cloudapp.net&quot; any port): DNS forwarder fix pending.
Entry: sccmconnected-a01.cloudapp.net (Updates and servicing)
Probed: https://sccmconnected-a01.cloudapp.net:443/
Route: direct (NO_PROXY matched .contoso.com)
Fix: Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.
dns: fail DNS_NXDOMAIN (14 ms) dns fail
connect: skip (0 ms) not run: dns failed
tls: skip (0 ms) not run: dns failed
http: skip (0 ms) not run: dns failed</failure>
      <system-out>DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="definitionupdates.microsoft.com → definitionupdates.microsoft.com:443" time="8.022">
      <failure message="CONNECT_TIMEOUT: TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it." type="CONNECT_TIMEOUT">Entry: definitionupdates.microsoft.com (Updates and servicing)
Probed: https://definitionupdates.microsoft.com:443/
Route: direct (NO_PROXY matched .contoso.com)
Fix: Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.
dns: pass (22 ms) dns pass
connect: fail CONNECT_TIMEOUT (8000 ms) connect fail
tls: skip (0 ms) not run: connect failed
http: skip (0 ms) not run: connect failed</failure>
      <system-out>TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="download.windowsupdate.com → download.windowsupdate.com:443" time="0.022">
      <failure message="CONNECT_REFUSED: TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused." type="CONNECT_REFUSED">Entry: download.windowsupdate.com (Updates and servicing)
Probed: https://download.windowsupdate.com:443/
Route: direct (NO_PROXY matched .contoso.com)
Fix: Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.
dns: pass (19 ms) dns pass
connect: fail CONNECT_REFUSED (3 ms) connect fail
tls: skip (0 ms) not run: connect failed
http: skip (0 ms) not run: connect failed</failure>
      <system-out>TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="cmbitsstore.blob.core.windows.net → cmbitsstore.blob.core.windows.net:443" time="0.111">
      <failure message="TLS_CERT_EXPIRED: The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28." type="TLS_CERT_EXPIRED">Entry: cmbitsstore.blob.core.windows.net (Updates and servicing)
Probed: https://cmbitsstore.blob.core.windows.net:443/
Route: direct (NO_PROXY matched .contoso.com)
Fix: This host&apos;s clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.
dns: pass (27 ms) dns pass
connect: pass (21 ms) connect pass
tls: fail TLS_CERT_EXPIRED (63 ms) tls fail
http: skip (0 ms) not run: tls failed</failure>
      <system-out>The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="umwatsonc.events.data.microsoft.com → umwatsonc.events.data.microsoft.com:443" time="0.301">
      <system-out>HTTPS 404 from umwatsonc.events.data.microsoft.com:443 through proxy.contoso.com:8080 in 301 ms (any HTTP status proves reachability).</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.updates-and-servicing" name="*-umwatsonc.events.data.microsoft.com → *-umwatsonc.events.data.microsoft.com:443" time="0.000">
      <skipped message="WILDCARD_UNTESTED: Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable." type="WILDCARD_UNTESTED">Entry: *-umwatsonc.events.data.microsoft.com (Updates and servicing)
Probed: not probed (no concrete host)
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Allow the wildcard as documented on the firewall or proxy (by FQDN pattern); check the SCP logs for concrete names.</skipped>
      <system-out>Wildcard *-umwatsonc.events.data.microsoft.com has no known concrete host; it is not proven reachable.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.windows-servicing" name="download.microsoft.com → download.microsoft.com:443" time="0.164">
      <system-out>HTTPS 200 from download.microsoft.com:443 in 164 ms.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.windows-servicing" name="https://go.microsoft.com/fwlink/?LinkID=619849 → go.microsoft.com:443" time="0.695">
      <system-out>Undocumented redirect targets: software-static.download.prss.microsoft.com
HTTPS 200 after 2 redirects; the chain reaches software-static.download.prss.microsoft.com, which no catalog entry covers.</system-out>
    </testcase>
    <testcase classname="scp-preflight.endpoints.azure-services" name="management.azure.com → management.azure.com:443" time="2.417">
      <failure message="PROXY_UPSTREAM_FAILED: proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0)." type="PROXY_UPSTREAM_FAILED">Entry: management.azure.com (Azure services (public cloud))
Probed: https://management.azure.com:443/
Route: PROXY proxy.contoso.com:8080 (--proxy)
Fix: Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.
dns: skip (0 ms) resolved by the proxy
proxy: fail PROXY_UPSTREAM_FAILED (2417 ms) proxy fail
tls: skip (0 ms) not run: proxy failed
http: skip (0 ms) not run: proxy failed</failure>
      <system-out>proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR_DNS_FAIL 0).</system-out>
    </testcase>
  </testsuite>
  <testsuite name="rules" tests="4" failures="0" errors="0" skipped="2" time="0.000" timestamp="<timestamp>">
    <testcase classname="scp-preflight.rules" name="SCP-TOP-TIER: The SCP is installed at the top-tier site" time="0.000">
      <system-out>CAS is a central administration site: the top tier of the hierarchy.</system-out>
    </testcase>
    <testcase classname="scp-preflight.rules" name="SCP-REMOTE-ADMIN: The site server&apos;s computer account is a local administrator on the SCP host" time="0.000">
      <system-out>WARN CONTOSO\\CM01$ is not listed in SCP01&apos;s local Administrators, but domain groups are: membership may be nested in CONTOSO\\SCCM Servers.</system-out>
    </testcase>
    <testcase classname="scp-preflight.rules" name="SCP-DOTNET-TLS12: .NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions)" time="0.000">
      <skipped message="Waived until 2025-03-31 (CHG-1077, rule SCP-DOTNET-TLS12): Registry change rolls out with the March baseline. — SCP-DOTNET-TLS12: SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1)." type="SCP-DOTNET-TLS12">SchUseStrongCrypto is 0 under HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 (must be 1).
C:\\scp\\evidence\\dotnet-tls.txt:
  HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
      SchUseStrongCrypto    REG_DWORD    0x0
      SystemDefaultTlsVersions    REG_DWORD    0x1
Fix: Set HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)
Fix: Restart the computer.
Source: Internet access requirements (Configuration Manager) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints</skipped>
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

exports[`test/report/formats.test.ts > TAP > md snapshot (lab report with waivers) > must match snapshot 1`] = `
# SCP readiness: NOT READY

**Verdict:** 5 failures and 2 warnings must be resolved before the service connection point can work. 2 items waived.

| | Fail | Warn | Waived | Skip | Pass |
|---|---:|---:|---:|---:|---:|
| Endpoints | 5 | 1 | 1 | 2 | 5 |
| Rules | 0 | 1 | 1 | 1 | 1 |
| **Total** | 5 | 2 | 2 | 3 | 6 |

- **Checked from:** SCP01 (win32 x64 (Windows Server 2022))
- **When:** <time> (8.8 s)
- **Endpoint list:** edition current — Internet access requirements (Configuration Manager) (2025-01-01) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints
- **Counted:** 11 probes (host × port × route) answered 14 endpoint results (entry × port × group × sample host) for 12 firewall rows (entry × port).
- **Route:** direct (NO\\_PROXY matched .contoso.com) (8 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (4 endpoint results)
- **Tool:** scp-preflight 0.1.0

## Firewall changes needed

**Source:** \`SCP01\` (Proxy http://proxy.contoso.com:8080: no address recorded; SCP host egress: \`10.20.4.17\`)

| Destination | Port | Rule belongs on | Observed | Action |
|---|---|---|---|---|
| \`*.manage.microsoft.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Blocked \`PROXY_DENIED\` | Allow \\*.manage.microsoft.com on TCP 443 (HTTPS) in the policy of proxy http://proxy.contoso.com:8080. Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of \\*.manage.microsoft.com. |
| \`sccmconnected-a01.cloudapp.net\` | TCP 443 | SCP host egress | Blocked \`DNS_NXDOMAIN\` | Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name. |
| \`definitionupdates.microsoft.com\` | TCP 443 | SCP host egress | Blocked \`CONNECT_TIMEOUT\` | Allow outbound TCP 443 (HTTPS) from the SCP host to definitionupdates.microsoft.com on every firewall in the path. |
| \`download.windowsupdate.com\` | TCP 443 | SCP host egress | Blocked \`CONNECT_REFUSED\` | Allow outbound TCP 443 (HTTPS) from the SCP host to download.windowsupdate.com on every firewall in the path. |
| \`cmbitsstore.blob.core.windows.net\` | TCP 443 | SCP host egress | Blocked \`TLS_CERT_EXPIRED\` | This host's clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net. |
| \`management.azure.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Blocked \`PROXY_UPSTREAM_FAILED\` | Allow proxy http://proxy.contoso.com:8080 to resolve and reach management.azure.com on TCP 443 (HTTPS). |
| \`*.akamaiedge.net\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Not tested \`WILDCARD_UNTESTED\` | Allow \\*.akamaiedge.net on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known, so it could not be probed. |
| \`*-umwatsonc.events.data.microsoft.com\` | TCP 443 | Proxy http://proxy.contoso.com:8080 | Not tested \`WILDCARD_UNTESTED\` | Allow \\*-umwatsonc.events.data.microsoft.com on TCP 443 (HTTPS) by FQDN pattern as documented; no concrete host is known, so it could not be probed. |
| \`go.microsoft.com\` | TCP 443 | SCP host egress | Open | Redirects also reach www.microsoft.com, which the documentation does not list: allow it too. |
| \`https://go.microsoft.com/fwlink/?LinkID=619849\` | TCP 443 | SCP host egress | Open | Redirects also reach software-static.download.prss.microsoft.com, which the documentation does not list: allow it too. |

**Already open (no change needed):** \`download.microsoft.com\` TCP 443, \`umwatsonc.events.data.microsoft.com\` TCP 443

## Endpoint results that did not pass

- **✖ FAIL** \`DNS_NXDOMAIN\` \`sccmconnected-a01.cloudapp.net\` TCP 443 (Updates and servicing) — DNS server 10.20.0.53 says sccmconnected-a01.cloudapp.net does not exist (NXDOMAIN).
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Check the conditional forwarders of 10.20.0.53: a split-horizon cloudapp.net zone hides the public name.
  - **Waiver expired** 2025-03-01 (INC-777): DNS forwarder fix pending. — counts as a failure again
- **✖ FAIL** \`CONNECT_TIMEOUT\` \`definitionupdates.microsoft.com\` TCP 443 (Updates and servicing) — TCP connect to definitionupdates.microsoft.com (20.72.205.209) port 443 got no answer in 8000 ms: a firewall drops it.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Allow outbound TCP 443 from this host to definitionupdates.microsoft.com on the perimeter firewall.
- **✖ FAIL** \`CONNECT_REFUSED\` \`download.windowsupdate.com\` TCP 443 (Updates and servicing) — TCP connect to download.windowsupdate.com (13.107.4.50) port 443 was refused.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: Allow outbound TCP 443 from this host to download.windowsupdate.com on the perimeter firewall.
- **✖ FAIL** \`TLS_CERT_EXPIRED\` \`cmbitsstore.blob.core.windows.net\` TCP 443 (Updates and servicing) — The certificate presented for cmbitsstore.blob.core.windows.net:443 expired on 2025-02-28.
  - Route: direct (NO\\_PROXY matched .contoso.com)
  - Fix: This host's clock is right: find the device presenting an expired certificate for cmbitsstore.blob.core.windows.net.
- **✖ FAIL** \`PROXY_UPSTREAM_FAILED\` \`management.azure.com\` TCP 443 (Azure services (public cloud)) — proxy.contoso.com:8080 could not reach management.azure.com:443 (502, X-Squid-Error: ERR\\_DNS\\_FAIL 0).
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Let proxy.contoso.com resolve and reach management.azure.com on TCP 443.
- **▲ WARN** \`TLS_INTERCEPTED\` \`*.manage.microsoft.com\` via \`sccm.manage.microsoft.com\` TCP 443 (Updates and servicing) — TLS to sccm.manage.microsoft.com:443 through proxy.contoso.com:8080 validates only through "Contoso TLS Inspection CA" (from --ca-file): the traffic is re-signed by an inspection device.
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Exempt sccm.manage.microsoft.com from TLS inspection on proxy.contoso.com: Microsoft does not support inspection of \\*.manage.microsoft.com.
- **◆ WAIVED** \`PROXY_DENIED\` \`*.manage.microsoft.com\` via \`configmgrbits.cdn.manage.microsoft.com\` TCP 443 (Updates and servicing) — proxy.contoso.com:8080 refused CONNECT configmgrbits.cdn.manage.microsoft.com:443 with 403 (X-Squid-Error: ERR\\_ACCESS\\_DENIED 0).
  - Route: PROXY proxy.contoso.com:8080 (--proxy)
  - Fix: Allow configmgrbits.cdn.manage.microsoft.com:443 in the proxy policy of proxy.contoso.com.
  - **Waived** until 2025-04-30 (CHG-1042): Proxy allow-list change scheduled for the April change window.
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

- **▲ WARN** \`SCP-REMOTE-ADMIN\` The site server's computer account is a local administrator on the SCP host — CONTOSO\\\\CM01$ is not listed in SCP01's local Administrators, but domain groups are: membership may be nested in CONTOSO\\\\SCCM Servers.

  Evidence from \`C:\\scp\\evidence\\administrators.txt\`:

  \`\`\`text
  Administrator
  CONTOSO\\Domain Admins
  CONTOSO\\SCCM Servers
  \`\`\`

  - Fix: Verify that CONTOSO\\\\CM01$ is a member of CONTOSO\\\\SCCM Servers: Get-ADGroupMember "SCCM Servers" \\| Where-Object Name -eq CM01
  - Fix: Or add it directly on SCP01: net localgroup Administrators CONTOSO\\\\CM01$ /add
- **◆ WAIVED** \`SCP-DOTNET-TLS12\` .NET uses TLS 1.2 (SchUseStrongCrypto and SystemDefaultTlsVersions) — SchUseStrongCrypto is 0 under HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 (must be 1).

  Evidence from \`C:\\scp\\evidence\\dotnet-tls.txt\`:

  \`\`\`text
  HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319
      SchUseStrongCrypto    REG_DWORD    0x0
      SystemDefaultTlsVersions    REG_DWORD    0x1
  \`\`\`

  - Fix: Set HKLM\\\\SOFTWARE\\\\Wow6432Node\\\\Microsoft\\\\.NETFramework\\\\v4.0.30319 SchUseStrongCrypto = 1 (DWORD)
  - Fix: Restart the computer.
  - **Waived** until 2025-03-31 (CHG-1077): Registry change rolls out with the March baseline.
- **○ SKIP** \`SCP-WINHTTP-PROXY\` WinHTTP proxy matches the site system proxy — No WinHTTP evidence: collect it on the SCP host with \\\`netsh winhttp show proxy \\> winhttp.txt\\\`.
  - Fix: Add evidence.winhttpProxy to the site plan.

## Waivers

Judged on 2025-03-14.

- **ACTIVE** host configmgrbits.cdn.manage.microsoft.com port 443 — CHG-1042, expires 2025-04-30: Proxy allow-list change scheduled for the April change window.
- **EXPIRED** entry "sccmconnected-a01.cloudapp.net" any port — INC-777, expires 2025-03-01: DNS forwarder fix pending.
- **ACTIVE** rule SCP-DOTNET-TLS12 — CHG-1077, expires 2025-03-31: Registry change rolls out with the March baseline.
- **UNUSED** host download.microsoft.com port 443 — CHG-0900, expires 2025-12-31: Old exception, now passes.

_Full evidence: the JSON and HTML reports of this run (<timestamp>)._

`

exports[`test/report/formats.test.ts > TAP > md snapshot without waivers, ready report > must match snapshot 1`] = `
# SCP readiness: READY

**Verdict:** Every endpoint and prerequisite checked is reachable or met.

| | Fail | Warn | Waived | Skip | Pass |
|---|---:|---:|---:|---:|---:|
| Endpoints | 0 | 0 | 0 | 0 | 5 |
| Rules | 0 | 0 | 0 | 0 | 1 |
| **Total** | 0 | 0 | 0 | 0 | 6 |

- **Checked from:** SCP01 (win32 x64 (Windows Server 2022))
- **When:** <time> (8.8 s)
- **Endpoint list:** edition current — Internet access requirements (Configuration Manager) (2025-01-01) https://learn.microsoft.com/mem/configmgr/core/plan-design/network/internet-endpoints
- **Counted:** 4 probes (host × port × route) answered 5 endpoint results (entry × port × group × sample host) for 4 firewall rows (entry × port).
- **Route:** direct (NO\\_PROXY matched .contoso.com) (4 endpoint results), PROXY proxy.contoso.com:8080 (--proxy) (1 endpoint result)
- **Tool:** scp-preflight 0.1.0

## Firewall changes needed

**Source:** \`SCP01\` (SCP host egress: \`10.20.4.17\`)

| Destination | Port | Rule belongs on | Observed | Action |
|---|---|---|---|---|
| \`go.microsoft.com\` | TCP 443 | SCP host egress | Open | Redirects also reach www.microsoft.com, which the documentation does not list: allow it too. |
| \`https://go.microsoft.com/fwlink/?LinkID=619849\` | TCP 443 | SCP host egress | Open | Redirects also reach software-static.download.prss.microsoft.com, which the documentation does not list: allow it too. |

**Already open (no change needed):** \`download.microsoft.com\` TCP 443, \`umwatsonc.events.data.microsoft.com\` TCP 443

## Endpoint results that did not pass

None.

## Roots the chains end in

- CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US — go.microsoft.com port 443, download.microsoft.com port 443, umwatsonc.events.data.microsoft.com port 443

## Prerequisite rules that did not pass

None.

_Full evidence: the JSON and HTML reports of this run (<timestamp>)._

`
